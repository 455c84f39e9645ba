package com.headroom.prospect;

import com.headroom.base.CompanyName;
import com.headroom.base.Hashes;
import com.headroom.base.LinkedInProfileUrl;
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
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "prospect")
class Prospect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long teamId;

    private String firstName;

    private String lastName;

    private String headline;

    private String company;

    private String companyKey;

    private String profileUrl;

    private String profileKeyHash;

    private String email;

    private String emailDomain;

    @Enumerated(EnumType.STRING)
    private EmailStatus emailStatus;

    private String location;

    private String industry;

    @Enumerated(EnumType.STRING)
    private ProspectSource source;

    private long ownerId;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    private boolean doNotContact;

    private String doNotContactReason;

    private Integer icpFit;

    private String sourceName;

    private java.time.LocalDate sourceDate;

    private java.math.BigDecimal dealValue;

    private String dealCurrency;

    /** The first day of the month the deal should close. */
    private java.time.LocalDate dealCloseMonth;

    private String sharedNotes;

    private Instant createdAt;

    private Instant lastActivityAt;

    @ElementCollection
    @CollectionTable(name = "prospect_tag", joinColumns = @JoinColumn(name = "prospect_id"))
    @Column(name = "tag")
    private Set<String> tags = new HashSet<>();

    @Version
    private long version;

    protected Prospect() {
    }

    Prospect(long teamId, LinkedInProfileUrl profile, ProspectSource source, long ownerId, Instant now) {
        this.teamId = teamId;
        this.profileUrl = profile.key();
        this.profileKeyHash = Hashes.sha256(profile.key());
        this.source = source;
        this.ownerId = ownerId;
        this.stage = Stage.NEW;
        this.emailStatus = EmailStatus.UNKNOWN;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    /**
     * Copies the editable fields (the profile address is the identity and does not
     * change).
     */
    void apply(ProspectDraft d) {
        firstName = d.firstName().strip();
        lastName = blankToEmpty(d.lastName());
        headline = blankToNull(d.headline());
        setCompany(d.company());
        setEmail(d.email());
        emailStatus = d.emailStatus() == null ? EmailStatus.UNKNOWN : d.emailStatus();
        location = blankToNull(d.location());
        industry = blankToNull(d.industry());
        icpFit = d.icpFit();
        tags.clear();
        tags.addAll(normalizeTags(d.tags()));
        sharedNotes = blankToNull(d.sharedNotes());
    }

    ProspectDraft draft() {
        return new ProspectDraft(firstName, lastName, nullToEmpty(headline), nullToEmpty(company), profileUrl,
                nullToEmpty(email), emailStatus, nullToEmpty(location), nullToEmpty(industry), icpFit,
                new TreeSet<>(tags), nullToEmpty(sharedNotes));
    }

    void setCompany(String name) {
        company = blankToNull(name);
        companyKey = Texts.clip(CompanyName.key(company), 200); // "&" becomes " and ":
                                                                // the key can outgrow the
                                                                // name
    }

    void setEmail(String address) {
        email = address == null || address.isBlank() ? null : address.strip().toLowerCase(Locale.ROOT);
        emailDomain = domainOf(email);
    }

    static @Nullable String domainOf(@Nullable String email) {
        if (email == null || !email.contains("@")) {
            return null;
        }
        return email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
    }

    static Set<String> normalizeTags(Set<String> raw) {
        Set<String> clean = new TreeSet<>();
        for (String tag : raw) {
            if (tag != null && !tag.isBlank()) {
                clean.add(tag.strip().toLowerCase(Locale.ROOT));
            }
        }
        return clean;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    Long id() {
        return id;
    }

    long teamId() {
        return teamId;
    }

    String fullName() {
        return lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    String headline() {
        return headline;
    }

    String company() {
        return company;
    }

    String companyKey() {
        return companyKey;
    }

    String profileUrl() {
        return profileUrl;
    }

    String email() {
        return email;
    }

    String emailDomain() {
        return emailDomain;
    }

    ProspectSource source() {
        return source;
    }

    long ownerId() {
        return ownerId;
    }

    void setOwnerId(long ownerId) {
        this.ownerId = ownerId;
    }

    Stage stage() {
        return stage;
    }

    void setStage(Stage stage) {
        this.stage = stage;
    }

    boolean doNotContact() {
        return doNotContact;
    }

    String doNotContactReason() {
        return doNotContactReason;
    }

    void markDoNotContact(String reason) {
        doNotContact = reason != null;
        doNotContactReason = reason == null || reason.length() <= 400 ? reason : reason.substring(0, 399) + "…";
    }

    String sharedNotes() {
        return sharedNotes;
    }

    void setSharedNotes(String notes) {
        sharedNotes = blankToNull(notes);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastActivityAt() {
        return lastActivityAt;
    }

    /**
     * Last activity is the latest outreach or stage change; edits and notes are not
     * activity.
     */
    void touch(Instant now) {
        lastActivityAt = now;
    }

    long version() {
        return version;
    }

    String profileKeyHash() {
        return profileKeyHash;
    }

    String location() {
        return location;
    }

    String industry() {
        return industry;
    }

    Integer icpFit() {
        return icpFit;
    }

    Set<String> tags() {
        return tags;
    }

    // Fill-ins for imports: each sets a field the prospect has empty.

    void fillLastName(String value) {
        lastName = blankToEmpty(value);
    }

    void fillHeadline(String value) {
        headline = blankToNull(value);
    }

    void fillLocation(String value) {
        location = blankToNull(value);
    }

    void fillIndustry(String value) {
        industry = blankToNull(value);
    }

    EmailStatus emailStatus() {
        return emailStatus;
    }

    /** The status that came with an e-mail address filled in by an import. */
    void fillEmailStatus(EmailStatus status) {
        emailStatus = status == null ? EmailStatus.UNKNOWN : status;
    }

    void fillIcpFit(int value) {
        icpFit = value;
    }

    void fillTags(Set<String> values) {
        tags.addAll(normalizeTags(values));
    }

    ProspectOrigin origin() {
        return new ProspectOrigin(source, sourceName, sourceDate);
    }

    void setOrigin(ProspectOrigin origin) {
        source = origin.source();
        sourceName = origin.name();
        sourceDate = origin.date();
    }

    DealValue deal() {
        return new DealValue(dealValue, dealCurrency,
                dealCloseMonth == null ? null : java.time.YearMonth.from(dealCloseMonth));
    }

    void setDeal(DealValue deal) {
        dealValue = deal.amount();
        dealCurrency = deal.currency();
        dealCloseMonth = deal.closeMonth() == null ? null : deal.closeMonth().atDay(1);
    }

    /** The words the free-text filter finds this prospect by. */
    Set<String> searchWords() {
        return SearchWords.of(firstName, lastName, company, headline);
    }

}
