package com.headroom.team;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, Long> {

    Optional<Team> findByNameKey(String nameKey);

    Page<Team> findByIdIn(Iterable<Long> ids, Pageable pageable);

    List<Team> findAllByOrderByNameAsc();

}
