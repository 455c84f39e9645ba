package com.headroom.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A seat's tier from an instant on; kept so that limits use the tier that applied at the
 * time.
 */
@Entity
@Table(name = "seat_change")
class SeatChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long accountId;

    private Long tierId;

    @Column(nullable = false)
    private Instant fromAt;

    protected SeatChange() {
    }

    SeatChange(long accountId, Long tierId, Instant fromAt) {
        this.accountId = accountId;
        this.tierId = tierId;
        this.fromAt = fromAt;
    }

    Long tierId() {
        return tierId;
    }

    Instant fromAt() {
        return fromAt;
    }

    long accountId() {
        return accountId;
    }

}
