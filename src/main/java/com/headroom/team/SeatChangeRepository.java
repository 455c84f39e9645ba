package com.headroom.team;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SeatChangeRepository extends JpaRepository<SeatChange, Long> {

    List<SeatChange> findByAccountIdOrderByFromAtAscIdAsc(long accountId);

    List<SeatChange> findByAccountIdInOrderByFromAtAscIdAsc(java.util.Collection<Long> accountIds);

}
