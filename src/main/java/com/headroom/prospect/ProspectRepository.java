package com.headroom.prospect;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProspectRepository extends JpaRepository<Prospect, Long> {

    Optional<Prospect> findByTeamIdAndProfileKeyHash(long teamId, String profileKeyHash);

    List<Prospect> findByProfileKeyHash(String profileKeyHash);

    List<Prospect> findByEmail(String email);

    List<Prospect> findByTeamIdAndDoNotContactTrue(long teamId);

}
