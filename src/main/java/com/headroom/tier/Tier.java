package com.headroom.tier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

@Entity
@Table(name = "tier")
class Tier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    /**
     * Lower-cased name: unique, so "premium career" cannot sit beside "Premium Career".
     */
    @Column(nullable = false)
    private String nameKey;

    private int weeklyInvitationBudget;

    private Integer monthlyPersonalizedNotes;

    private int noteCharacterLimit;

    @Column(name = "monthly_inmail_credits")
    private int monthlyInMailCredits;

    @Column(name = "inmail_max_balance")
    private int inMailMaxBalance;

    @Enumerated(EnumType.STRING)
    @Column(name = "inmail_renewal", nullable = false)
    private InMailRenewal inMailRenewal;

    @Enumerated(EnumType.STRING)
    @Column(name = "second_inmail_rule", nullable = false)
    private SecondInMailRule secondInMailRule;

    private int dailyMessageLimit;

    private int messageCharacterLimit;

    @Column(name = "inmail_subject_limit")
    private int inMailSubjectLimit;

    @Column(name = "inmail_body_limit")
    private int inMailBodyLimit;

    private String sourceNote;

    private boolean builtIn;

    private Instant retiredAt;

    @Version
    private long version;

    protected Tier() {
    }

    Tier(TierSettings settings) {
        apply(settings);
    }

    void apply(TierSettings s) {
        this.name = s.name().strip();
        this.nameKey = keyOf(s.name());
        this.weeklyInvitationBudget = s.weeklyInvitationBudget();
        this.monthlyPersonalizedNotes = s.monthlyPersonalizedNotes();
        this.noteCharacterLimit = s.noteCharacterLimit();
        this.monthlyInMailCredits = s.monthlyInMailCredits();
        this.inMailMaxBalance = s.inMailMaxBalance();
        this.inMailRenewal = s.inMailRenewal();
        this.secondInMailRule = s.secondInMailRule();
        this.dailyMessageLimit = s.dailyMessageLimit();
        this.messageCharacterLimit = s.messageCharacterLimit();
        this.inMailSubjectLimit = s.inMailSubjectLimit();
        this.inMailBodyLimit = s.inMailBodyLimit();
        this.sourceNote = s.sourceNote() == null || s.sourceNote().isBlank() ? null : s.sourceNote().strip();
    }

    static String keyOf(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    TierSettings settings() {
        return new TierSettings(name, weeklyInvitationBudget, monthlyPersonalizedNotes, noteCharacterLimit,
                monthlyInMailCredits, inMailMaxBalance, inMailRenewal, secondInMailRule, dailyMessageLimit,
                messageCharacterLimit, inMailSubjectLimit, inMailBodyLimit, sourceNote);
    }

    TierDetails details() {
        return new TierDetails(id, settings(), builtIn, retiredAt != null, version);
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    boolean isRetired() {
        return retiredAt != null;
    }

    void retire(Instant at) {
        this.retiredAt = at;
    }

    void restore() {
        this.retiredAt = null;
    }

}
