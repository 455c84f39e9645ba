package com.headroom.tier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TierRepository extends JpaRepository<Tier, Long> {

    Optional<Tier> findByNameKey(String nameKey);

    Page<Tier> findByRetiredAtIsNull(Pageable pageable);

    long countByRetiredAtIsNull();

    List<Tier> findByRetiredAtIsNullOrderByWeeklyInvitationBudgetAscNameAsc();
}
