package com.headroom.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

@Entity
@Table(name = "team")
class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    /** Lower-cased name, unique: "North" and "north" are the same team. */
    @Column(nullable = false)
    private String nameKey;

    @Column(nullable = false)
    private Instant createdAt;

    /**
     * ISO 4217: what the team's opportunities are valued in unless a rep says otherwise.
     */
    @Column(nullable = false)
    private String defaultCurrency = TeamCurrencies.DEFAULT;

    @Version
    private long version;

    protected Team() {
    }

    Team(String name, Instant createdAt) {
        rename(name);
        this.createdAt = createdAt;
    }

    static String keyOf(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    void rename(String newName) {
        this.name = newName.strip();
        this.nameKey = keyOf(newName);
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String defaultCurrency() {
        return defaultCurrency;
    }

    void setDefaultCurrency(String code) {
        defaultCurrency = code;
    }

}
