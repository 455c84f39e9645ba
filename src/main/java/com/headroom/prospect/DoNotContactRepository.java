package com.headroom.prospect;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface DoNotContactRepository extends JpaRepository<DoNotContactEntry, Long> {

    Page<DoNotContactEntry> findByTeamId(long teamId, Pageable pageable);

    long countByTeamId(long teamId);

    List<DoNotContactEntry> findByTeamId(long teamId);

    Optional<DoNotContactEntry> findByTeamIdAndKindAndMatchHash(long teamId, DoNotContactKind kind, String matchHash);

    List<DoNotContactEntry> findByKindAndMatchHash(DoNotContactKind kind, String matchHash);

}
