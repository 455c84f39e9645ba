package com.headroom.tier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TierRepository extends JpaRepository<Tier, Long> {

    Optional<Tier> findByNameKey(String nameKey);

    /**
     * Locks the tier, so that retiring it and giving someone a seat on it cannot cross.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Tier t where t.id = :id")
    Optional<Tier> lockById(long id);

    Page<Tier> findByRetiredAtIsNull(Pageable pageable);

    long countByRetiredAtIsNull();

    List<Tier> findByRetiredAtIsNullOrderByWeeklyInvitationBudgetAscNameAsc();

}
