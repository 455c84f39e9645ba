package com.headroom.prospect;

import com.headroom.base.SpreadsheetSafe;
import com.headroom.base.AuditLog;
import com.headroom.base.FieldChange;
import com.headroom.base.Hashes;
import com.headroom.base.LinkedInProfileUrl;
import com.headroom.base.RuleViolation;
import com.headroom.security.AdminOnly;
import com.headroom.team.TeamChoice;
import com.headroom.team.TeamService;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's rights under GDPR, for administrators: everything Headroom holds about one
 * person, in every team (their prospect records with notes, tags and history, and
 * do-not-contact entries naming them), as JSON or CSV; and erasure, which deletes it all
 * and keeps only a keyed hash of their profile address and e-mail so that nobody can
 * store them again. Erasures are audited without the person's details.
 */
@Service
@AdminOnly
public class PersonalDataService {

    /** One record of the person, as the admin sees them before exporting or erasing. */
    public record PersonRecord(long prospectId, String teamName, String name, String company, String profileUrl,
            String email, Instant createdAt) {
    }

    /**
     * What {@link #find} found: the person's prospect records, and what other features
     * hold by kind.
     */
    public record Found(List<PersonRecord> records, Map<String, Integer> heldElsewhere) {
    }

    /**
     * @param alsoDeleted what other features deleted, by kind ("Teammates' LinkedIn
     * connections" → 2)
     */
    public record Erasure(int records, int teams, int doNotContactEntries, Map<String, Integer> alsoDeleted) {
    }

    private final ProspectRepository prospects;

    private final ProspectStore store;

    private final ProspectHistoryStore history;

    private final DoNotContactRepository doNotContact;

    private final ErasedPeople erased;

    private final TeamService teams;

    private final AuditLog auditLog;

    private final Clock clock;

    private final ObjectProvider<PersonDataElsewhere> elsewhere;

    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    PersonalDataService(ProspectRepository prospects, ProspectStore store, ProspectHistoryStore history,
            DoNotContactRepository doNotContact, ErasedPeople erased, TeamService teams, AuditLog auditLog, Clock clock,
            ObjectProvider<PersonDataElsewhere> elsewhere) {
        this.elsewhere = elsewhere;
        this.prospects = prospects;
        this.store = store;
        this.history = history;
        this.doNotContact = doNotContact;
        this.erased = erased;
        this.teams = teams;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Every record of the person, found by profile address (any form) or e-mail, and what
     * other features hold about them counted per kind ("Teammates' LinkedIn connections"
     * → 2), kinds with nothing left out: a person can be held there without being
     * anyone's prospect.
     */
    @Transactional(readOnly = true)
    public Found find(String profileOrEmail) {
        Map<Long, String> teamNames = teams.choices()
            .stream()
            .collect(Collectors.toMap(TeamChoice::id, TeamChoice::name));
        var person = identify(profileOrEmail);
        var records = person.records()
            .stream()
            .map(p -> new PersonRecord(p.id(), teamNames.getOrDefault(p.teamId(), "#" + p.teamId()), p.fullName(),
                    p.company(), p.profileUrl(), p.email(), p.createdAt()))
            .toList();
        Map<String, Integer> elsewhereCounts = new LinkedHashMap<>();
        elsewhere.orderedStream()
            .forEach(other -> other.held(person.profileKeys(), person.emails())
                .forEach(held -> elsewhereCounts.merge(held.kind(), held.items().size(), Integer::sum)));
        return new Found(records, elsewhereCounts);
    }

    /** Everything held about the person, as indented JSON. */
    @Transactional(readOnly = true)
    public void exportJson(String profileOrEmail, Writer out) throws IOException {
        // Whose data is not kept here: the line must not outlive the person's erasure.
        auditLog.recordExport("Personal data (JSON)", List.of());
        json.writeValue(out, everything(profileOrEmail));
    }

    /**
     * Everything held about the person, as CSV: one line per value (record, section,
     * field, value).
     */
    @Transactional(readOnly = true)
    public void exportCsv(String profileOrEmail, Writer out) throws IOException {
        auditLog.recordExport("Personal data (CSV)", List.of());
        out.write('\uFEFF');
        try (var csv = new CSVPrinter(out, SpreadsheetSafe.csv("Record", "Section", "Field", "Value"))) {
            int n = 0;
            var all = everything(profileOrEmail);
            for (var entry : all.doNotContactEntries()) {
                csv.printRecord("", "Do not contact", entry.get("team"), SpreadsheetSafe.cell(entry.get("reason")
                        + " (added by " + entry.get("addedBy") + ", " + entry.get("addedAt") + ")"));
            }
            for (var record : all.records()) {
                n++;
                for (var field : record.entrySet()) {
                    if (field.getValue() instanceof List<?> list) {
                        for (Object item : list) {
                            csv.printRecord(n, field.getKey(), "", SpreadsheetSafe.cell(String.valueOf(item)));
                        }
                    }
                    else {
                        csv.printRecord(n, "Prospect", field.getKey(),
                                SpreadsheetSafe.cell(field.getValue() == null ? "" : field.getValue().toString()));
                    }
                }
            }
            for (var held : all.heldElsewhere()) {
                int item = 0;
                for (var fields : held.items()) {
                    item++;
                    for (var field : fields.entrySet()) {
                        csv.printRecord("", held.kind() + " " + item, field.getKey(),
                                SpreadsheetSafe.cell(field.getValue() == null ? "" : field.getValue().toString()));
                    }
                }
            }
        }
    }

    /**
     * Deletes every record of the person in every team (with tags, notes and history) and
     * the do-not-contact entries that name them, and remembers a keyed hash so that
     * imports and manual adds refuse them from now on.
     */
    @Transactional
    public Erasure erase(String profileOrEmail) {
        var person = identify(profileOrEmail);
        var found = person.records();
        Set<String> profileKeys = person.profileKeys();
        Set<String> emails = person.emails();
        Instant now = clock.instant();
        int dncEntries = 0;
        for (String key : profileKeys) {
            var entries = doNotContact.findByKindAndMatchHash(DoNotContactKind.PERSON, Hashes.sha256(key));
            dncEntries += entries.size();
            doNotContact.deleteAll(entries);
            erased.remember("PROFILE", erased.profileHash(key), now);
        }
        for (String email : emails) {
            erased.remember("EMAIL", erased.emailHash(email), now);
        }
        int teamsTouched = (int) found.stream().map(Prospect::teamId).distinct().count();
        Map<String, Integer> alsoDeleted = new LinkedHashMap<>();
        elsewhere.orderedStream()
            .forEach(other -> other.erase(profileKeys, emails)
                .forEach((kind, deleted) -> alsoDeleted.merge(kind, deleted, Integer::sum)));
        List<FieldChange> alsoErased = new ArrayList<>();
        alsoDeleted.forEach(
                (kind, deleted) -> alsoErased.add(new FieldChange(kind + " deleted", null, Integer.toString(deleted))));
        prospects.deleteAll(found);
        prospects.flush();
        List<FieldChange> changes = new ArrayList<>(List.of(
                new FieldChange("Prospect records deleted", null,
                        found.size() + " in " + teamsTouched + (teamsTouched == 1 ? " team" : " teams")),
                new FieldChange("Do-not-contact entries deleted", null, Integer.toString(dncEntries))));
        changes.addAll(alsoErased);
        auditLog.record("Personal data", null, "A person (details erased)", "Erased", changes);
        return new Erasure(found.size(), teamsTouched, dncEntries, alsoDeleted);
    }

    private record Everything(String requestedFor, Instant exportedAt, List<Map<String, Object>> records,
            List<Map<String, Object>> doNotContactEntries, List<PersonDataElsewhere.Held> heldElsewhere) {
    }

    private Everything everything(String profileOrEmail) {
        Map<Long, String> teamNames = teams.choices()
            .stream()
            .collect(Collectors.toMap(TeamChoice::id, TeamChoice::name));
        var person = identify(profileOrEmail);
        var found = person.records();
        List<Map<String, Object>> records = new ArrayList<>();
        for (var p : found) {
            var d = p.draft();
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("team", teamNames.getOrDefault(p.teamId(), "#" + p.teamId()));
            record.put("firstName", d.firstName());
            record.put("lastName", d.lastName());
            record.put("headline", d.headline());
            record.put("company", d.company());
            record.put("linkedInProfile", p.profileUrl());
            record.put("email", d.email());
            record.put("emailStatus", d.emailStatus().label());
            record.put("location", d.location());
            record.put("industry", d.industry());
            record.put("icpFit", d.icpFit());
            record.put("stage", p.stage().label());
            record.put("doNotContact", p.doNotContact() ? p.doNotContactReason() : null);
            record.put("source", p.source().label());
            record.put("addedAt", p.createdAt().toString());
            record.put("lastActivityAt", p.lastActivityAt().toString());
            record.put("teamNotes", d.sharedNotes());
            record.put("tags", List.copyOf(d.tags()));
            record.put("privateNotes", store.privateNotes(p.id()));
            record.put("history",
                    history.of(p.id())
                        .stream()
                        .map(e -> e.occurredAt() + " " + e.actorName() + ": " + e.describe())
                        .toList());
            records.add(record);
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (var p : person.profileKeys()) {
            for (var entry : doNotContact.findByKindAndMatchHash(DoNotContactKind.PERSON, Hashes.sha256(p))) {
                var rule = entry.rule();
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("team", teamNames.getOrDefault(rule.teamId(), "#" + rule.teamId()));
                line.put("entry", rule.shownAs());
                line.put("reason", rule.reason());
                line.put("addedBy", rule.addedBy());
                line.put("addedAt", rule.addedAt().toString());
                entries.add(line);
            }
        }
        var heldElsewhere = elsewhere.orderedStream()
            .flatMap(other -> other.held(person.profileKeys(), person.emails()).stream())
            .toList();
        return new Everything(profileOrEmail.strip(), clock.instant(), records, entries, heldElsewhere);
    }

    private static Set<String> lowerCase(Set<String> emails) {
        Set<String> lower = new LinkedHashSet<>();
        emails.forEach(e -> lower.add(e.toLowerCase(Locale.ROOT)));
        return lower;
    }

    /**
     * The person's records, and every profile address and e-mail (lower case) known to be
     * theirs.
     */
    private record Person(List<Prospect> records, Set<String> profileKeys, Set<String> emails) {
    }

    /**
     * The person's records in every team: by the address or e-mail given, and then by the
     * other addresses and e-mails those records hold, so that a record under an old
     * address is found too. Other features link addresses and e-mails as well (a
     * teammate's connection holds both).
     */
    private Person identify(String profileOrEmail) {
        Set<String> profileKeys = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        identityOf(profileOrEmail, profileKeys, emails);
        Map<Long, Prospect> found = new LinkedHashMap<>();
        Set<String> keysDone = new LinkedHashSet<>();
        Set<String> emailsDone = new LinkedHashSet<>();
        while (!keysDone.containsAll(profileKeys) || !emailsDone.containsAll(emails)) {
            for (String key : List.copyOf(profileKeys)) {
                if (keysDone.add(key)) {
                    prospects.findByProfileKeyHash(Hashes.sha256(key)).forEach(p -> found.put(p.id(), p));
                }
            }
            for (String email : List.copyOf(emails)) {
                if (emailsDone.add(email)) {
                    prospects.findByEmail(email).forEach(p -> found.put(p.id(), p));
                }
            }
            for (var p : found.values()) {
                profileKeys.add(p.profileUrl());
                if (p.email() != null) {
                    emails.add(p.email());
                }
            }
            Set<String> lower = lowerCase(emails);
            elsewhere.orderedStream().forEach(other -> other.widen(profileKeys, lower));
            emails.addAll(lower);
        }
        return new Person(List.copyOf(found.values()), profileKeys, lowerCase(emails));
    }

    private static void identityOf(String profileOrEmail, Set<String> profileKeys, Set<String> emails) {
        if (profileOrEmail == null || profileOrEmail.isBlank()) {
            throw new RuleViolation("query", "Enter the person's LinkedIn profile address or e-mail address.");
        }
        String text = profileOrEmail.strip();
        if (!text.contains("/") && text.contains("@")) {
            emails.add(text.toLowerCase(Locale.ROOT));
            return;
        }
        profileKeys.add(LinkedInProfileUrl.parse(text).key());
    }

}
