package com.headroom.warmintro;

import com.headroom.base.Hashes;
import com.headroom.base.RuleViolation;
import com.headroom.base.UploadLimit;
import com.headroom.prospect.Erasures;
import com.headroom.security.SignedIn;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a member's Connections.csv: the member's connections become what the file says,
 * and a re-import keeps the diff (added, gone, new company or position). One transaction:
 * an import that fails leaves the previous connections as they were.
 */
@Service
@SignedIn
public class ConnectionImportService {

    /**
     * LinkedIn's export of 30,000 connections is about 3 MB; this leaves room for
     * spreadsheets' quoting.
     */
    public static final UploadLimit UPLOAD_LIMIT = UploadLimit.megabytes(20,
            "LinkedIn's Connections.csv is far smaller: upload the file from LinkedIn's export.");

    private final ConnectionStore store;

    private final CompanyStore companies;

    private final Erasures erasures;

    private final WarmIntroService warmIntros;

    private final Clock clock;

    ConnectionImportService(ConnectionStore store, CompanyStore companies, Erasures erasures,
            WarmIntroService warmIntros, Clock clock) {
        this.store = store;
        this.companies = companies;
        this.erasures = erasures;
        this.warmIntros = warmIntros;
        this.clock = clock;
    }

    /**
     * Reads and stores the signed-in member's connections.
     * @param progress told the share done, 0 to 100, as the import goes
     * @throws RuleViolation for a file that is not LinkedIn's Connections.csv (nothing is
     * stored)
     */
    @Transactional
    public ImportSummary importConnections(String fileName, byte[] file, IntConsumer progress) {
        var me = warmIntros.requireMember();
        if (UPLOAD_LIMIT.exceededBy(file.length)) {
            throw new RuleViolation(UPLOAD_LIMIT.tooLarge());
        }
        progress.accept(0);
        var parsed = ConnectionsCsv.read(file);
        progress.accept(15);
        long memberId = me.accountId();
        store.lockMember(memberId);
        var before = store.own(memberId);
        progress.accept(25);

        var resolver = companies.resolver();
        List<ConnectionsCsv.Rejected> rejected = new ArrayList<>(parsed.rejected());
        var erased = erasures.erasedAmong(parsed.rows().stream().map(r -> r.profile().key()).toList());
        // Someone erased by e-mail, whose profile address Headroom never had, is known
        // here by it.
        var erasedEmails = erasures.erasedEmailsAmong(parsed.rows()
            .stream()
            .map(r -> lower(r.email()))
            .filter(e -> !e.isEmpty())
            .collect(java.util.stream.Collectors.toSet()));
        List<ConnectionStore.Incoming> incoming = new ArrayList<>(parsed.rows().size());
        // A file names a few thousand companies and positions 30,000 times: work each out
        // once.
        Map<String, String> companyKeys = new HashMap<>();
        Map<String, Integer> seniorities = new HashMap<>();
        for (var row : parsed.rows()) {
            String key = row.profile().key();
            if (erased.contains(key) || (!erasedEmails.isEmpty() && erasedEmails.contains(lower(row.email())))) {
                // No raw text kept: the person asked to be forgotten.
                rejected.add(new ConnectionsCsv.Rejected(row.line(),
                        "This person asked to be erased from Headroom" + " and is left out.", ""));
                continue;
            }
            String hash = Hashes.sha256(key);
            String company = ConnectionStore.cap(row.company(), 200);
            String position = ConnectionStore.cap(row.position(), 300);
            incoming.add(new ConnectionStore.Incoming(WarmIntroService.personIdOfHash(hash), hash, key,
                    ConnectionStore.cap(row.firstName(), 100), ConnectionStore.cap(row.lastName(), 100), company,
                    companyKeys.computeIfAbsent(company, resolver::key), position,
                    seniorities.computeIfAbsent(position, p -> Seniority.of(p).rank()), row.connectedOn(),
                    row.email().isBlank() ? null : ConnectionStore.cap(lower(row.email()), 254)));
        }
        rejected.sort(java.util.Comparator.comparingInt(ConnectionsCsv.Rejected::line));
        if (incoming.isEmpty()) {
            // Storing nothing would mark every connection gone: a cut-off or emptied file
            // must not wipe a network.
            throw new RuleViolation("file", rejected.isEmpty()
                    ? "The file has the header row but no connections. Upload Connections.csv as LinkedIn sent it;"
                            + " your connections were left as they were."
                    : String.format(java.util.Locale.ENGLISH,
                            "%s (line %d: %s). Upload Connections.csv as"
                                    + " LinkedIn sent it; your connections were left as they were.",
                            rejected.size() == 1 ? "The file's only row can't be used"
                                    : String.format(java.util.Locale.ENGLISH, "None of the %,d rows can be used",
                                            rejected.size()),
                            rejected.getFirst().line(), stripPeriod(rejected.getFirst().reason())));
        }

        boolean first = before.isEmpty() && store.imports(memberId).isEmpty();
        List<ConnectionStore.Incoming> added = new ArrayList<>();
        List<ConnectionStore.Incoming> changed = new ArrayList<>();
        List<ConnectionStore.Change> diff = new ArrayList<>();
        var seen = new HashSet<Long>();
        for (var row : incoming) {
            seen.add(row.personId());
            var old = before.get(row.personId());
            String name = (row.firstName() + " " + row.lastName()).strip();
            if (old == null) {
                added.add(row);
                if (!first) {
                    diff.add(new ConnectionStore.Change("ADDED", row.personId(), name, null,
                            job(row.company(), row.position())));
                }
            }
            else if (!Objects.equals(old.company(), row.company()) || !Objects.equals(old.position(), row.position())
                    || !Objects.equals(old.connectedOn(), row.connectedOn())
                    || !Objects.equals(old.email(), row.email())
                    || !Objects.equals(old.companyKey(), row.companyKey())) {
                changed.add(row);
                if (!Objects.equals(old.company(), row.company()) || !Objects.equals(old.position(), row.position())) {
                    diff.add(new ConnectionStore.Change("CHANGED", row.personId(), name,
                            job(old.company(), old.position()), job(row.company(), row.position())));
                }
            }
        }
        Map<Long, ConnectionStore.Own> gone = new HashMap<>(before);
        gone.keySet().removeAll(seen);
        for (var old : gone.values()) {
            diff.add(new ConnectionStore.Change("GONE", old.personId(),
                    (old.firstName() + " " + old.lastName()).strip(), job(old.company(), old.position()), null));
        }
        progress.accept(35);

        // In primary-key order, InnoDB appends instead of splitting pages all over the
        // table.
        added.sort(java.util.Comparator.comparingLong(ConnectionStore.Incoming::personId));
        store.insertPeople(added);
        progress.accept(60);
        store.deleteConnections(memberId, gone.keySet());
        store.insertConnections(memberId, added);
        progress.accept(85);
        store.updateConnections(memberId, changed);
        var now = clock.instant();
        int changedJobs = (int) diff.stream().filter(c -> c.kind().equals("CHANGED")).count();
        var counts = new ConnectionStore.ImportCounts(parsed.rows().size() + parsed.rejected().size(), incoming.size(),
                added.size(), gone.size(), changedJobs, rejected.size(), parsed.undatedRows(), first);
        long importId = store.insertImport(memberId,
                ConnectionStore.cap(fileName == null || fileName.isBlank() ? "Connections.csv" : fileName, 255), now,
                counts);
        store.insertChanges(importId, diff);
        store.insertRejects(importId, rejected);
        store.memberImported(memberId, incoming.size(), now);
        progress.accept(100);
        return new ImportSummary(importId, fileName, now, counts.rowsRead(), counts.kept(), counts.added(),
                counts.gone(), counts.changed(), counts.rejected(), counts.undated(), first);
    }

    private static String job(String company, String position) {
        if (position.isBlank()) {
            return company;
        }
        return company.isBlank() ? position : position + " at " + company;
    }

    private static String stripPeriod(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    private static String lower(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

}
