package com.headroom.prospect;

import com.headroom.base.RuleViolation;
import com.headroom.security.HeadroomUser;
import com.headroom.team.Teammate;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One import, chunk by chunk: each row checked, then stored as a new prospect, merged
 * into a known one (only empty fields filled in, and only by the owner or a manager), or
 * merged into the person an earlier row of the same file named; every row counted once in
 * the report. {@link ProspectImportService} runs each chunk in its own transaction, and
 * again from scratch when a teammate changed one of its people at the same moment.
 */
final class ImportRun implements AutoCloseable {

    /** What a run reads and writes through. */
    record Parts(ProspectRepository prospects, ImportStore store, ProspectStore prospectStore,
            ProspectHistoryStore history, DoNotContactRepository doNotContact, ErasedPeople erased, TeamGate gate,
            Clock clock) {
    }

    private enum Outcome {

        ADDED, FILLED, UNCHANGED, MERGED, REJECTED

    }

    private final Parts parts;

    private final long teamId;

    private final HeadroomUser me;

    private final ImportTable table;

    private final ImportRows rows;

    private final Map<Long, Teammate> mates;

    private DoNotContactList doNotContactList;

    /**
     * Profile key to the first row that named the person, for later rows of the same
     * person.
     */
    private final Map<String, Integer> seen = new HashMap<>();

    /**
     * Profile-key hashes of the people whose history already says this run added or
     * filled them in: one line per person and import, however many rows name them.
     */
    private final Set<String> inHistory = new HashSet<>();

    private final Set<String> inHistoryThisChunk = new HashSet<>();

    private final Map<Integer, Outcome> outcomes = new HashMap<>();

    private final ShownRows<ImportReport.RejectedRow> rejected = new ShownRows<>(ImportReport.RejectedRow::rowNumber);

    private final ShownRows<ImportReport.FlaggedRow> flagged = new ShownRows<>(ImportReport.FlaggedRow::rowNumber);

    private final ShownRows<ImportReport.KeptValue> kept = new ShownRows<>(ImportReport.KeptValue::rowNumber);

    private final ShownRows<ImportReport.OwnedRow> owned = new ShownRows<>(ImportReport.OwnedRow::rowNumber);

    private final ShownRows<ImportReport.MergedRow> merged = new ShownRows<>(ImportReport.MergedRow::rowNumber);

    /**
     * Rejections of the chunk in progress, written to the file once the chunk is stored.
     */
    private final List<ImportReport.RejectedRow> chunkRejections = new ArrayList<>();

    private final RejectedRowsFile rejectedFile;

    ImportRun(Parts parts, long teamId, HeadroomUser me, ImportTable table, ImportRows rows,
            Map<Long, Teammate> mates) {
        this.parts = parts;
        this.teamId = teamId;
        this.me = me;
        this.table = table;
        this.rows = rows;
        this.mates = mates;
        this.rejectedFile = new RejectedRowsFile(table.headers());
    }

    /**
     * A person new to the team, as the first row naming them (and any later row of this
     * chunk) has them.
     */
    private record Fresh(ImportRows.Candidate first, Prospect prospect) {
    }

    /**
     * Checks and stores the rows from index {@code from} up to {@code to}, in the
     * caller's transaction.
     */
    void chunk(int from, int to) {
        Instant now = parts.clock().instant();
        // Read again for every chunk, so that an entry added during a long import
        // applies.
        doNotContactList = new DoNotContactList(parts.doNotContact().findByTeamId(teamId));
        List<ImportRows.Candidate> candidates = new ArrayList<>();
        for (int i = from; i < to; i++) {
            var row = table.rows().get(i);
            try {
                candidates.add(rows.read(row));
            }
            catch (RuleViolation invalid) {
                reject(row.number(), invalid.getMessage(), row.cells());
            }
        }
        candidates = withoutErased(candidates);
        // Plain ids first: most rows of a big import are new, and only known ones need
        // loading.
        var knownIds = parts.store()
            .idsOf(teamId, candidates.stream().map(ImportRows.Candidate::hash).collect(Collectors.toSet()));
        Map<String, Prospect> existing = knownIds.isEmpty() ? Map.of()
                : parts.prospects()
                    .findAllById(knownIds.values())
                    .stream()
                    .collect(Collectors.toMap(Prospect::profileKeyHash, p -> p));
        Map<String, Fresh> fresh = new LinkedHashMap<>();
        for (var c : candidates) {
            Integer first = seen.putIfAbsent(c.profile().key(), c.rowNumber());
            var known = existing.get(c.hash());
            var pending = fresh.get(c.hash());
            if (first != null && (known != null || pending != null)) {
                sameAsEarlierRow(known != null ? known : pending.prospect(), known != null, c, first, now);
            }
            else if (known != null) {
                fillIn(known, c, now);
            }
            else {
                // New to the team; also when an earlier row named them but their record
                // is gone since.
                seen.put(c.profile().key(), c.rowNumber());
                var p = new Prospect(teamId, c.profile(), ProspectSource.CSV_IMPORT, me.accountId(), now);
                p.apply(c.draft());
                fresh.put(c.hash(), new Fresh(c, p));
            }
        }
        insert(fresh.values(), now);
    }

    /** After a chunk is stored: its rejections go to the file. */
    void chunkStored() throws IOException {
        for (var row : chunkRejections) {
            rejectedFile.write(row);
            rejected.add(row);
        }
        chunkRejections.clear();
        inHistory.addAll(inHistoryThisChunk);
        inHistoryThisChunk.clear();
    }

    /** Forgets what a rolled-back chunk counted, before it is done again. */
    void undoChunk(int from, int to) {
        int firstRow = table.rows().get(from).number();
        int lastRow = table.rows().get(to - 1).number();
        outcomes.keySet().removeIf(row -> row >= firstRow && row <= lastRow);
        chunkRejections.clear();
        inHistoryThisChunk.clear();
        flagged.forgetFrom(firstRow);
        kept.forgetFrom(firstRow);
        owned.forgetFrom(firstRow);
        merged.forgetFrom(firstRow);
        seen.values().removeIf(row -> row >= firstRow && row <= lastRow);
    }

    private List<ImportRows.Candidate> withoutErased(List<ImportRows.Candidate> candidates) {
        Map<String, ImportRows.Candidate> byHash = new HashMap<>();
        for (var c : candidates) {
            byHash.put(parts.erased().profileHash(c.profile().key()), c);
            if (!c.draft().email().isBlank()) {
                byHash.put(parts.erased().emailHash(c.draft().email()), c);
            }
        }
        Set<ImportRows.Candidate> refused = new HashSet<>();
        for (String hash : parts.erased().erasedAmong(byHash.keySet())) {
            refused.add(byHash.get(hash));
        }
        List<ImportRows.Candidate> allowed = new ArrayList<>();
        for (var c : candidates) {
            if (refused.contains(c)) {
                reject(c.rowNumber(), ProspectService.ERASED, c.raw());
            }
            else {
                allowed.add(c);
            }
        }
        return allowed;
    }

    /**
     * Fills only the fields the stored prospect has empty, and only where the importer
     * may change it (its owner, or a manager); differing values are kept and reported.
     */
    private void fillIn(Prospect known, ImportRows.Candidate c, Instant now) {
        if (known.doNotContact()) {
            flagged.add(new ImportReport.FlaggedRow(c.rowNumber(), known.fullName(), known.doNotContactReason()));
        }
        if (!parts.gate().mayEdit(known.ownerId())) {
            owned.add(new ImportReport.OwnedRow(c.rowNumber(), known.fullName(), ownerName(known)));
            outcomes.put(c.rowNumber(), Outcome.UNCHANGED);
            return;
        }
        String name = known.fullName();
        var result = ProspectMerge.into(known, c.draft());
        result.kept()
            .forEach(k -> kept.add(new ImportReport.KeptValue(c.rowNumber(), name, k.field(), k.kept(), k.inFile())));
        if (!result.changed()) {
            outcomes.put(c.rowNumber(), Outcome.UNCHANGED);
            return;
        }
        filledIn(known, c, now);
        outcomes.put(c.rowNumber(), Outcome.FILLED);
    }

    /**
     * A later row of a person an earlier row named: merged into that person the same way,
     * whether the earlier row added them ({@code stored} false while they wait in this
     * chunk) or met them.
     */
    private void sameAsEarlierRow(Prospect person, boolean stored, ImportRows.Candidate c, int firstRow, Instant now) {
        outcomes.put(c.rowNumber(), Outcome.MERGED);
        String name = person.fullName();
        if (stored && !parts.gate().mayEdit(person.ownerId())) {
            merged.add(
                    new ImportReport.MergedRow(c.rowNumber(), firstRow, name, List.of(), List.of(), ownerName(person)));
            return;
        }
        var result = ProspectMerge.into(person, c.draft());
        if (stored && result.changed()) {
            filledIn(person, c, now);
        }
        merged.add(new ImportReport.MergedRow(c.rowNumber(), firstRow, name, result.filledIn(),
                result.kept()
                    .stream()
                    .map(k -> new ImportReport.KeptValue(c.rowNumber(), name, k.field(), k.kept(), k.inFile()))
                    .toList(),
                null));
    }

    /**
     * A stored prospect got fields filled in: history, do-not-contact and search words
     * follow.
     */
    private void filledIn(Prospect known, ImportRows.Candidate c, Instant now) {
        if (!inHistory.contains(known.profileKeyHash()) && inHistoryThisChunk.add(known.profileKeyHash())) {
            parts.history()
                .append(ProspectHistoryStore.Line.by(me, known.id(), now, ProspectEvent.Kind.FILLED_IN_BY_IMPORT, null,
                        null));
        }
        if (!known.doNotContact()) {
            var reason = doNotContactList.reasonFor(known.profileUrl(), known.companyKey(), known.emailDomain());
            if (reason.isPresent()) {
                known.markDoNotContact(reason.get());
                parts.history()
                    .append(ProspectHistoryStore.Line.by(me, known.id(), now, ProspectEvent.Kind.MARKED_DO_NOT_CONTACT,
                            null, reason.get()));
                flagged.add(new ImportReport.FlaggedRow(c.rowNumber(), known.fullName(), reason.get()));
            }
        }
        parts.prospectStore().replaceWords(known.id(), teamId, known.searchWords());
    }

    private void insert(Collection<Fresh> fresh, Instant now) {
        List<ImportStore.NewProspect> batch = new ArrayList<>();
        for (var f : fresh) {
            var p = f.prospect();
            String reason = doNotContactList.reasonFor(p.profileUrl(), p.companyKey(), p.emailDomain()).orElse(null);
            if (reason != null) {
                p.markDoNotContact(reason);
                flagged.add(new ImportReport.FlaggedRow(f.first().rowNumber(), p.fullName(), reason));
            }
            batch.add(new ImportStore.NewProspect(p, reason));
            outcomes.put(f.first().rowNumber(), Outcome.ADDED);
            inHistoryThisChunk.add(p.profileKeyHash());
        }
        parts.store().insert(teamId, me, now, batch);
    }

    private void reject(int rowNumber, String reason, List<String> raw) {
        outcomes.put(rowNumber, Outcome.REJECTED);
        chunkRejections.add(new ImportReport.RejectedRow(rowNumber, reason, raw));
    }

    private String ownerName(Prospect prospect) {
        var owner = mates.get(prospect.ownerId());
        return owner == null ? "a former member" : owner.displayName();
    }

    ImportReport report() throws IOException {
        Path file = rejectedFile.finish();
        return new ImportReport(table.rows().size(), count(Outcome.ADDED), count(Outcome.FILLED),
                count(Outcome.UNCHANGED), rejected.total(), rejected.shown(), file, flagged.total(), flagged.shown(),
                kept.total(), kept.shown(), owned.total(), owned.shown(), merged.total(), merged.shown());
    }

    private int count(Outcome outcome) {
        return (int) outcomes.values().stream().filter(o -> o == outcome).count();
    }

    /** Deletes the half-written file of rejected rows when the import stops early. */
    @Override
    public void close() throws IOException {
        rejectedFile.close();
    }

}
