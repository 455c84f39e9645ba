package com.headroom.prospect;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProspectRepository extends JpaRepository<Prospect, Long> {

    Optional<Prospect> findByTeamIdAndProfileKeyHash(long teamId, String profileKeyHash);

    List<Prospect> findByProfileKeyHash(String profileKeyHash);

    List<Prospect> findByEmail(String email);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Prospect p where p.id = :id")
    Optional<Prospect> lockById(long id);

    List<Prospect> findByTeamIdAndDoNotContactTrue(long teamId);
}
