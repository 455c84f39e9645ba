package com.headroom.team;

import com.headroom.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who signs in to Headroom, and (for members and managers) their LinkedIn seat:
 * the tier it is on, when the seat started (its billing day) and when their LinkedIn
 * account started (for ramp-up).
 */
@Entity
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Lower-cased; unique. */
    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String displayName;

    /** Null until the invitation is accepted. */
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    private Long teamId;

    private Long tierId;

    private LocalDate seatStartedOn;

    @Column(name = "linkedin_profile_url")
    private String linkedInProfileUrl;

    @Column(name = "linkedin_started_on")
    private LocalDate linkedInStartedOn;

    private boolean active = true;

    /**
     * SHA-256 of the invitation (or new-password) link's token; the token itself is never
     * stored.
     */
    private String invitationTokenHash;

    private Instant invitationExpiresAt;

    @Column(nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "team_manager", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "team_id")
    private Set<Long> managedTeamIds = new HashSet<>();

    @Version
    private long version;

    protected Account() {
    }

    Account(String email, String displayName, Role role, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    String displayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    Role role() {
        return role;
    }

    void setRole(Role role) {
        this.role = role;
    }

    Long teamId() {
        return teamId;
    }

    Long tierId() {
        return tierId;
    }

    LocalDate seatStartedOn() {
        return seatStartedOn;
    }

    void setSeat(Long teamId, Long tierId, LocalDate seatStartedOn) {
        this.teamId = teamId;
        this.tierId = tierId;
        this.seatStartedOn = seatStartedOn;
    }

    String linkedInProfileUrl() {
        return linkedInProfileUrl;
    }

    LocalDate linkedInStartedOn() {
        return linkedInStartedOn;
    }

    void setLinkedIn(String profileUrl, LocalDate startedOn) {
        this.linkedInProfileUrl = profileUrl;
        this.linkedInStartedOn = startedOn;
    }

    boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    String invitationTokenHash() {
        return invitationTokenHash;
    }

    Instant invitationExpiresAt() {
        return invitationExpiresAt;
    }

    void setInvitation(String tokenHash, Instant expiresAt) {
        this.invitationTokenHash = tokenHash;
        this.invitationExpiresAt = expiresAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    Set<Long> managedTeamIds() {
        return managedTeamIds;
    }

    void setManagedTeamIds(Set<Long> teamIds) {
        if (!managedTeamIds.equals(teamIds)) { // replacing an equal set would still bump
                                               // the version
            managedTeamIds.clear();
            managedTeamIds.addAll(teamIds);
        }
    }

    long version() {
        return version;
    }

}
