package com.headroom.prospect;

import com.headroom.base.Hashes;
import com.headroom.base.InputValidator;
import com.headroom.base.LinkedInProfileUrl;
import com.headroom.base.RuleViolation;
import com.headroom.security.CurrentUser;
import com.headroom.security.HeadroomUser;
import com.headroom.security.SignedIn;
import com.headroom.team.AccountService;
import com.headroom.team.Teammate;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * CSV import of prospects. Rows are checked one by one: good rows are stored, bad rows are
 * reported with their row number and reason, and nothing already stored is overwritten: a known
 * person only gets their empty fields filled in (and only by their owner or a manager), so
 * importing the same file twice changes nothing.
 * Rows are stored a thousand at a time, each batch in its own transaction, with set-based SQL.
 */
@Service
@SignedIn
public class ProspectImportService {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;
    static final int CHUNK = 1000;
    private static final int PREVIEW_ROWS = 5;

    private final ProspectRepository prospects;
    private final ProspectStore store;
    private final DoNotContactRepository doNotContact;
    private final ErasedPeople erased;
    private final TeamGate gate;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    ProspectImportService(ProspectRepository prospects, ProspectStore store, DoNotContactRepository doNotContact,
            ErasedPeople erased, TeamGate gate, AccountService accounts, CurrentUser currentUser,
            InputValidator validator,
            JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.prospects = prospects;
        this.store = store;
        this.doNotContact = doNotContact;
        this.erased = erased;
        this.gate = gate;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.validator = validator;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Reads an uploaded file and proposes a column mapping. Refuses files over 10 MB, over 100,000
     * rows, without a header row, or not in UTF-8, with a sentence saying what to do.
     */
    @Transactional(readOnly = true)
    public ImportPreview preview(Path file) {
        var table = read(file);
        var remembered = rememberedMapping(currentUser.require().accountId());
        List<ImportField> mapping = table.headers().stream()
                .map(h -> remembered.getOrDefault(headerKey(h), ImportField.guess(h)))
                .toList();
        return new ImportPreview(table.headers(), table.rows().stream().limit(PREVIEW_ROWS).toList(),
                table.rows().size(), table.delimiter(), mapping);
    }

    /**
     * Imports the file into the team with the member's mapping (one field per column), reporting
     * progress as rows done.
     */
    public ImportReport importFile(long teamId, Path file, List<ImportField> mapping, IntConsumer progress) {
        var me = gate.requireTeam(teamId);
        var table = read(file);
        checkMapping(table.headers(), mapping);
        transactions.executeWithoutResult(status -> rememberMapping(me.accountId(), table.headers(), mapping));

        try (var run = new Run(teamId, me, table, mapping)) {
            for (int start = 0; start < table.rows().size(); start += CHUNK) {
                int from = start;
                int to = Math.min(start + CHUNK, table.rows().size());
                try {
                    transactions.executeWithoutResult(status -> run.chunk(from, to));
                } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException conflict) {
                    // A teammate added or changed one of these people a moment ago: the batch rolled
                    // back whole; done again, that person is read as they are now.
                    run.undoChunk(from, to);
                    transactions.executeWithoutResult(status -> run.chunk(from, to));
                }
                run.chunkStored();
                progress.accept(to);
            }
            return run.report();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One import: its counters and the report it builds, chunk by chunk. */
    private final class Run implements AutoCloseable {

        private final long teamId;
        private final HeadroomUser me;
        private final Table table;
        private final Map<ImportField, Integer> columns = new HashMap<>();
        private final Map<Long, Teammate> mates;
        private DoNotContactList doNotContactList;
        /** Profile key to the first row that named the person, for repeats within the file. */
        private final Map<String, Integer> seen = new HashMap<>();
        private final Map<Integer, Outcome> outcomes = new HashMap<>();
        private final Shown<ImportReport.RejectedRow> rejected = new Shown<>();
        private final Shown<ImportReport.FlaggedRow> flagged = new Shown<>();
        private final Shown<ImportReport.KeptValue> kept = new Shown<>();
        private final Shown<ImportReport.OwnedRow> owned = new Shown<>();
        /** Rejections of the chunk in progress, written to the file once the chunk is stored. */
        private final List<ImportReport.RejectedRow> chunkRejections = new ArrayList<>();
        private Path rejectedFile;
        private CSVPrinter rejectedCsv;

        Run(long teamId, HeadroomUser me, Table table, List<ImportField> mapping) {
            this.teamId = teamId;
            this.me = me;
            this.table = table;
            for (int i = 0; i < mapping.size(); i++) {
                if (mapping.get(i) != ImportField.IGNORE) {
                    columns.put(mapping.get(i), i);
                }
            }
            this.mates = accounts.teammates(teamId).stream()
                    .collect(Collectors.toMap(Teammate::id, mate -> mate));
        }

        private enum Outcome { ADDED, FILLED, UNCHANGED, REJECTED }

        private record Candidate(int rowNumber, List<String> raw, ProspectDraft draft, LinkedInProfileUrl profile,
                String hash) {
        }

        void chunk(int from, int to) {
            Instant now = clock.instant();
            // Read again for every chunk, so that an entry added during a long import applies.
            doNotContactList = new DoNotContactList(doNotContact.findByTeamId(teamId));
            List<Candidate> candidates = new ArrayList<>();
            for (int i = from; i < to; i++) {
                int rowNumber = i + 2; // the header is row 1, as a spreadsheet shows it
                var raw = table.rows().get(i);
                try {
                    var candidate = candidate(raw, rowNumber);
                    Integer first = seen.putIfAbsent(candidate.profile().key(), rowNumber);
                    if (first != null && first != rowNumber) {
                        reject(rowNumber, "Same person as row " + first + ".", raw);
                    } else {
                        candidates.add(candidate);
                    }
                } catch (RuleViolation invalid) {
                    reject(rowNumber, invalid.getMessage(), raw);
                }
            }
            candidates = withoutErased(candidates);
            // Plain ids first: most rows of a big import are new, and only known ones need loading.
            Map<String, Long> knownIds = idsOf(candidates.stream().map(Candidate::hash).toList());
            Map<String, Prospect> existing = knownIds.isEmpty() ? Map.of() : prospects.findAllById(knownIds.values())
                    .stream().collect(Collectors.toMap(Prospect::profileKeyHash, p -> p));
            List<Candidate> fresh = new ArrayList<>();
            for (var candidate : candidates) {
                var known = existing.get(candidate.hash());
                if (known == null) {
                    fresh.add(candidate);
                } else {
                    fillIn(known, candidate, now);
                }
            }
            insert(fresh, now);
        }

        /** After a chunk is stored: its rejections go to the file. */
        void chunkStored() throws IOException {
            for (var row : chunkRejections) {
                if (rejectedCsv == null) {
                    rejectedFile = Files.createTempFile("headroom-rows-not-imported", ".csv");
                    var out = Files.newBufferedWriter(rejectedFile, StandardCharsets.UTF_8);
                    out.write('\uFEFF');
                    List<String> header = new ArrayList<>(List.of("Row", "Why it was not imported"));
                    header.addAll(table.headers());
                    rejectedCsv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                            .setHeader(header.toArray(String[]::new)).get());
                }
                List<String> cells = new ArrayList<>(List.of(Integer.toString(row.rowNumber()), row.reason()));
                row.values().forEach(v -> cells.add(SpreadsheetSafe.cell(v)));
                rejectedCsv.printRecord(cells);
                rejected.add(row);
            }
            chunkRejections.clear();
        }

        private Candidate candidate(List<String> raw, int rowNumber) {
            String fullName = value(raw, ImportField.FULL_NAME);
            String first = value(raw, ImportField.FIRST_NAME);
            String last = value(raw, ImportField.LAST_NAME);
            if (first.isEmpty() && !fullName.isEmpty()) {
                int space = fullName.lastIndexOf(' ');
                first = space < 0 ? fullName : fullName.substring(0, space).strip();
                last = space < 0 ? last : fullName.substring(space + 1).strip();
            }
            Integer fit = null;
            String fitText = value(raw, ImportField.ICP_FIT);
            if (!fitText.isEmpty()) {
                try {
                    fit = Integer.valueOf(fitText);
                } catch (NumberFormatException e) {
                    throw new RuleViolation("icpFit", "The fit \"" + fitText + "\" is not a number from 1 to 5.");
                }
            }
            EmailStatus status = EmailStatus.UNKNOWN;
            String statusText = value(raw, ImportField.EMAIL_STATUS);
            if (!statusText.isEmpty()) {
                status = Arrays.stream(EmailStatus.values())
                        .filter(s -> s.name().equalsIgnoreCase(statusText) || s.label().equalsIgnoreCase(statusText))
                        .findFirst().orElseThrow(() -> new RuleViolation("emailStatus", "The e-mail status \""
                                + statusText + "\" is not one of unknown, found, verified, bounced."));
            }
            Set<String> tags = Arrays.stream(value(raw, ImportField.TAGS).split("[;,]"))
                    .map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
            var draft = new ProspectDraft(first, last, value(raw, ImportField.HEADLINE), value(raw, ImportField.COMPANY),
                    value(raw, ImportField.PROFILE_URL), value(raw, ImportField.EMAIL), status,
                    value(raw, ImportField.LOCATION), value(raw, ImportField.INDUSTRY), fit, tags,
                    value(raw, ImportField.NOTES));
            var problems = validator.problems(draft);
            if (!problems.isEmpty()) {
                throw new RuleViolation(String.join("; ", new LinkedHashSet<>(problems.values())) + ".");
            }
            var profile = LinkedInProfileUrl.parse(draft.profileUrl());
            return new Candidate(rowNumber, raw, draft, profile, Hashes.sha256(profile.key()));
        }

        private List<Candidate> withoutErased(List<Candidate> candidates) {
            Map<String, Candidate> byHash = new HashMap<>();
            for (var c : candidates) {
                byHash.put(erased.profileHash(c.profile().key()), c);
                if (!c.draft().email().isBlank()) {
                    byHash.put(erased.emailHash(c.draft().email()), c);
                }
            }
            Set<Candidate> refused = new HashSet<>();
            for (String hash : erased.erasedAmong(byHash.keySet())) {
                refused.add(byHash.get(hash));
            }
            List<Candidate> allowed = new ArrayList<>();
            for (var c : candidates) {
                if (refused.contains(c)) {
                    reject(c.rowNumber(), ProspectService.ERASED, c.raw());
                } else {
                    allowed.add(c);
                }
            }
            return allowed;
        }

        /**
         * Fills only the fields the stored prospect has empty, and only where the importer may change
         * it (its owner, or a manager); differing values are kept and reported.
         */
        private void fillIn(Prospect known, Candidate c, Instant now) {
            if (known.doNotContact()) {
                flagged.add(new ImportReport.FlaggedRow(c.rowNumber(), known.fullName(), known.doNotContactReason()));
            }
            if (!gate.mayEdit(known.ownerId())) {
                var owner = mates.get(known.ownerId());
                owned.add(new ImportReport.OwnedRow(c.rowNumber(), known.fullName(),
                        owner == null ? "a former member" : owner.displayName()));
                outcomes.put(c.rowNumber(), Outcome.UNCHANGED);
                return;
            }
            var d = c.draft();
            String name = known.fullName();
            boolean changed = false;
            report(c, name, "First name", known.firstName(), d.firstName());
            changed |= fill(c, name, "Last name", known.lastName(), d.lastName(), known::fillLastName);
            changed |= fill(c, name, "Headline", known.headline(), d.headline(), known::fillHeadline);
            changed |= fill(c, name, "Company", known.company(), d.company(), known::setCompany);
            changed |= fill(c, name, "E-mail", known.email(), d.email(), known::setEmail);
            changed |= fill(c, name, "Location", known.location(), d.location(), known::fillLocation);
            changed |= fill(c, name, "Industry", known.industry(), d.industry(), known::fillIndustry);
            changed |= fill(c, name, "Team notes", known.sharedNotes(), d.sharedNotes(), known::setSharedNotes);
            if (d.icpFit() != null) {
                if (known.icpFit() == null) {
                    known.fillIcpFit(d.icpFit());
                    changed = true;
                } else {
                    report(c, name, "Fit", known.icpFit().toString(), d.icpFit().toString());
                }
            }
            if (!d.tags().isEmpty()) { // tags load lazily: only look when the file has some
                var fileTags = Prospect.normalizeTags(d.tags());
                if (known.tags().isEmpty()) {
                    known.fillTags(fileTags);
                    changed = true;
                } else if (!known.tags().equals(fileTags)) {
                    report(c, name, "Tags", String.join("; ", new java.util.TreeSet<>(known.tags())),
                            String.join("; ", fileTags));
                }
            }
            if (!changed) {
                outcomes.put(c.rowNumber(), Outcome.UNCHANGED);
                return;
            }
            known.touch(now);
            store.recordHistory(known.id(), now, me.accountId(), me.displayName(),
                    ProspectEvent.Kind.FILLED_IN_BY_IMPORT, null, null);
            if (!known.doNotContact()) {
                var reason = doNotContactList.reasonFor(known.profileUrl(), known.companyKey(), known.emailDomain());
                if (reason.isPresent()) {
                    known.markDoNotContact(reason.get());
                    store.recordHistory(known.id(), now, me.accountId(), me.displayName(),
                            ProspectEvent.Kind.MARKED_DO_NOT_CONTACT, null, reason.get());
                    flagged.add(new ImportReport.FlaggedRow(c.rowNumber(), known.fullName(), reason.get()));
                }
            }
            store.replaceWords(known.id(), teamId, known.searchWords());
            outcomes.put(c.rowNumber(), Outcome.FILLED);
        }

        private boolean fill(Candidate c, String name, String field, String stored, String inFile,
                Consumer<String> setter) {
            if (inFile == null || inFile.isBlank()) {
                return false;
            }
            if (stored == null || stored.isBlank()) {
                setter.accept(inFile);
                return true;
            }
            report(c, name, field, stored, inFile);
            return false;
        }

        /** A value the file has and the stored prospect keeps: listed, never silently dropped. */
        private void report(Candidate c, String name, String field, String stored, String inFile) {
            if (inFile != null && !inFile.isBlank() && stored != null
                    && !stored.strip().equalsIgnoreCase(inFile.strip())) {
                kept.add(new ImportReport.KeptValue(c.rowNumber(), name, field, stored, inFile.strip()));
            }
        }

        private void insert(List<Candidate> fresh, Instant now) {
            if (fresh.isEmpty()) {
                return;
            }
            var at = Timestamp.from(now);
            List<Object[]> rows = new ArrayList<>();
            Map<String, String> reasons = new HashMap<>();
            for (var c : fresh) {
                var p = new Prospect(teamId, c.profile(), ProspectSource.CSV_IMPORT, me.accountId(), now);
                p.apply(c.draft());
                doNotContactList.reasonFor(p.profileUrl(), p.companyKey(), p.emailDomain()).ifPresent(reason -> {
                    p.markDoNotContact(reason);
                    reasons.put(c.hash(), reason);
                    flagged.add(new ImportReport.FlaggedRow(c.rowNumber(), p.fullName(), reason));
                });
                rows.add(new Object[] {teamId, p.firstName(), p.lastName(), p.headline(), p.company(), p.companyKey(),
                    p.profileUrl(), c.hash(), p.email(), p.emailDomain(), c.draft().emailStatus().name(),
                    p.location(), p.industry(), ProspectSource.CSV_IMPORT.name(), me.accountId(), Stage.NEW.name(),
                    p.doNotContact(), p.doNotContactReason(), p.icpFit(), p.sharedNotes(), at, at});
                outcomes.put(c.rowNumber(), Outcome.ADDED);
            }
            jdbc.batchUpdate("INSERT INTO prospect (team_id, first_name, last_name, headline, company, company_key,"
                    + " profile_url, profile_key_hash, email, email_domain, email_status, location, industry, source,"
                    + " owner_id, stage, do_not_contact, do_not_contact_reason, icp_fit, shared_notes, created_at,"
                    + " last_activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows);
            Map<String, Long> ids = idsOf(fresh.stream().map(Candidate::hash).toList());
            List<Object[]> tagRows = new ArrayList<>();
            List<Object[]> historyRows = new ArrayList<>();
            List<ProspectStore.Words> words = new ArrayList<>();
            for (var c : fresh) {
                long id = ids.get(c.hash());
                var d = c.draft();
                for (String tag : Prospect.normalizeTags(d.tags())) {
                    tagRows.add(new Object[] {id, tag});
                }
                words.add(new ProspectStore.Words(id, teamId, SearchWords.of(d.firstName(), d.lastName(), d.company(),
                        d.headline())));
                historyRows.add(new Object[] {id, at, me.accountId(), me.displayName(),
                    ProspectEvent.Kind.IMPORTED.name(), null});
                if (reasons.containsKey(c.hash())) {
                    historyRows.add(new Object[] {id, at, me.accountId(), me.displayName(),
                        ProspectEvent.Kind.MARKED_DO_NOT_CONTACT.name(), Texts.clip(reasons.get(c.hash()), 200)});
                }
            }
            if (!tagRows.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO prospect_tag (prospect_id, tag) VALUES (?, ?)", tagRows);
            }
            jdbc.batchUpdate("INSERT INTO prospect_history (prospect_id, occurred_at, actor_id, actor_name, kind,"
                    + " to_value) VALUES (?, ?, ?, ?, ?, ?)", historyRows);
            store.insertWords(words);
        }

        private Map<String, Long> idsOf(List<String> hashes) {
            Map<String, Long> ids = new HashMap<>();
            if (hashes.isEmpty()) {
                return ids;
            }
            String marks = String.join(",", Collections.nCopies(hashes.size(), "?"));
            List<Object> args = new ArrayList<>(hashes);
            args.add(teamId);
            jdbc.query("SELECT id, profile_key_hash FROM prospect WHERE profile_key_hash IN (" + marks
                    + ") AND team_id = ?", rs -> {
                        ids.put(rs.getString(2), rs.getLong(1));
                    }, args.toArray());
            return ids;
        }

        private void reject(int rowNumber, String reason, List<String> raw) {
            outcomes.put(rowNumber, Outcome.REJECTED);
            chunkRejections.add(new ImportReport.RejectedRow(rowNumber, reason, raw));
        }

        /** Forgets what a rolled-back chunk counted, before it is done again. */
        void undoChunk(int from, int to) {
            for (int i = from; i < to; i++) {
                outcomes.remove(i + 2);
            }
            chunkRejections.clear();
            flagged.forgetFrom(from + 2);
            kept.forgetFrom(from + 2);
            owned.forgetFrom(from + 2);
            seen.values().removeIf(row -> row >= from + 2 && row < to + 2);
        }

        private String value(List<String> raw, ImportField field) {
            Integer column = columns.get(field);
            if (column == null || column >= raw.size()) {
                return "";
            }
            return raw.get(column) == null ? "" : raw.get(column).strip();
        }

        ImportReport report() throws IOException {
            if (rejectedCsv != null) {
                rejectedCsv.close();
                rejectedCsv = null;
            }
            return new ImportReport(table.rows().size(), count(Outcome.ADDED), count(Outcome.FILLED),
                    count(Outcome.UNCHANGED), rejected.total(), rejected.shown(), rejectedFile, flagged.total(),
                    flagged.shown(), kept.total(), kept.shown(), owned.total(), owned.shown());
        }

        private int count(Outcome outcome) {
            return (int) outcomes.values().stream().filter(o -> o == outcome).count();
        }

        /** Closes and deletes the half-written file when the import stops early. */
        @Override
        public void close() throws IOException {
            if (rejectedCsv != null) {
                rejectedCsv.close();
                Files.deleteIfExists(rejectedFile);
            }
        }
    }

    /** The first {@value ImportReport#SHOWN} rows of a kind, and how many there were. */
    private static final class Shown<T> {

        private final List<T> shown = new ArrayList<>();
        private final List<Integer> rowNumbers = new ArrayList<>();
        private int total;

        void add(T row) {
            total++;
            if (shown.size() < ImportReport.SHOWN) {
                shown.add(row);
                rowNumbers.add(rowNumberOf(row));
            }
        }

        /** Drops what a rolled-back chunk (rows from this number on) added. */
        void forgetFrom(int rowNumber) {
            for (int i = shown.size() - 1; i >= 0; i--) {
                if (rowNumbers.get(i) >= rowNumber) {
                    shown.remove(i);
                    rowNumbers.remove(i);
                    total--;
                }
            }
        }

        List<T> shown() {
            return List.copyOf(shown);
        }

        int total() {
            return total;
        }

        private static int rowNumberOf(Object row) {
            return switch (row) {
                case ImportReport.RejectedRow r -> r.rowNumber();
                case ImportReport.FlaggedRow r -> r.rowNumber();
                case ImportReport.KeptValue r -> r.rowNumber();
                case ImportReport.OwnedRow r -> r.rowNumber();
                default -> Integer.MAX_VALUE;
            };
        }
    }

    /** The file as rows of text; the header row separate. */
    private record Table(List<String> headers, List<List<String>> rows, char delimiter) {
    }

    private static Table read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new RuleViolation("file", "The file is larger than 10 MB. Split it into smaller files.");
            }
            String text = utf8(Files.readAllBytes(file));
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            char delimiter = delimiterOf(text);
            var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
            List<String> headers = null;
            List<List<String>> rows = new ArrayList<>();
            try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
                for (CSVRecord record : parser) {
                    List<String> values = record.toList();
                    if (headers == null) {
                        headers = values.stream().map(String::strip).toList();
                        continue;
                    }
                    if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                        continue;
                    }
                    if (rows.size() >= MAX_ROWS) {
                        throw new RuleViolation("file", "The file has more than " + String.format(Locale.ENGLISH,
                                "%,d", MAX_ROWS) + " rows. Split it into smaller files.");
                    }
                    rows.add(values);
                }
            } catch (UncheckedIOException | IllegalStateException broken) {
                throw new RuleViolation("file", "The file is not valid CSV (" + broken.getMessage()
                        + "). Save it again as CSV from your spreadsheet.");
            }
            if (headers == null || headers.stream().allMatch(String::isEmpty)) {
                throw new RuleViolation("file", "The file is empty. It needs a header row, then one row per person.");
            }
            return new Table(headers, rows, delimiter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleViolation("file", "The file is not in UTF-8. In your spreadsheet, save it as"
                    + " \"CSV UTF-8\" and upload it again.");
        }
    }

    /** Comma or semicolon, whichever the header row (outside quotes) has more of. */
    static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static void checkMapping(List<String> headers, List<ImportField> mapping) {
        if (mapping.size() != headers.size()) {
            throw new RuleViolation("mapping", "Choose what each of the " + headers.size() + " columns holds.");
        }
        var used = mapping.stream().filter(f -> f != ImportField.IGNORE).toList();
        var twice = used.stream().filter(f -> Collections.frequency(used, f) > 1).map(ImportField::label)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!twice.isEmpty()) {
            throw new RuleViolation("mapping", "Each field can come from one column only: " + String.join(", ", twice)
                    + " is chosen more than once.");
        }
        if (!used.contains(ImportField.PROFILE_URL)) {
            throw new RuleViolation("mapping", "Choose the column with the LinkedIn profile address: Headroom keeps"
                    + " one record per profile.");
        }
        if (!used.contains(ImportField.FIRST_NAME) && !used.contains(ImportField.FULL_NAME)) {
            throw new RuleViolation("mapping", "Choose the column with the first name (or the full name).");
        }
    }

    private Map<String, ImportField> rememberedMapping(long accountId) {
        var stored = jdbc.queryForList("SELECT mapping FROM import_mapping WHERE account_id = ?", String.class,
                accountId);
        if (stored.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = json.readValue(stored.getFirst(), new TypeReference<Map<String, String>>() { });
        Map<String, ImportField> mapping = new HashMap<>();
        names.forEach((header, field) -> {
            try {
                mapping.put(header, ImportField.valueOf(field));
            } catch (IllegalArgumentException renamedField) {
                // a field that no longer exists: guess that column again
            }
        });
        return mapping;
    }

    private void rememberMapping(long accountId, List<String> headers, List<ImportField> mapping) {
        Map<String, String> names = new LinkedHashMap<>(rememberedMapping(accountId).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name())));
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.get(i).isBlank()) {
                names.put(headerKey(headers.get(i)), mapping.get(i).name());
            }
        }
        String text = json.writeValueAsString(names);
        if (text.length() > 4000) {
            text = json.writeValueAsString(headersOnly(headers, mapping));
        }
        jdbc.update("DELETE FROM import_mapping WHERE account_id = ?", accountId);
        jdbc.update("INSERT INTO import_mapping (account_id, mapping, updated_at) VALUES (?, ?, ?)", accountId, text,
                Timestamp.from(clock.instant()));
    }

    private static Map<String, String> headersOnly(List<String> headers, List<ImportField> mapping) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            names.put(headerKey(headers.get(i)), mapping.get(i).name());
        }
        return names;
    }

    private static String headerKey(String header) {
        return Objects.requireNonNullElse(header, "").strip().toLowerCase(Locale.ROOT);
    }

}
