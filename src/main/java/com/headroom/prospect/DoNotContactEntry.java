package com.headroom.prospect;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "do_not_contact")
class DoNotContactEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long teamId;

    @Enumerated(EnumType.STRING)
    private DoNotContactKind kind;

    /**
     * What prospects are compared with: a profile key, a company key or an e-mail domain.
     */
    private String matchValue;

    private String matchHash;

    private String shownAs;

    private String reason;

    private Long addedById;

    private String addedByName;

    private Instant addedAt;

    protected DoNotContactEntry() {
    }

    DoNotContactEntry(long teamId, DoNotContactKind kind, String matchValue, String matchHash, String shownAs,
            String reason, Long addedById, String addedByName, Instant addedAt) {
        this.teamId = teamId;
        this.kind = kind;
        this.matchValue = matchValue;
        this.matchHash = matchHash;
        this.shownAs = shownAs;
        this.reason = reason;
        this.addedById = addedById;
        this.addedByName = addedByName;
        this.addedAt = addedAt;
    }

    Long id() {
        return id;
    }

    long teamId() {
        return teamId;
    }

    DoNotContactKind kind() {
        return kind;
    }

    String matchValue() {
        return matchValue;
    }

    String reason() {
        return reason;
    }

    DoNotContactRule rule() {
        return new DoNotContactRule(id, teamId, kind, shownAs, reason, addedByName, addedAt);
    }

}
