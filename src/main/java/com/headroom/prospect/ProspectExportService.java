package com.headroom.prospect;

import com.headroom.base.AuditLog;
import com.headroom.base.FieldChange;
import com.headroom.base.SpreadsheetSafe;
import com.headroom.security.SignedIn;
import com.headroom.team.Teammate;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prospect list as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets
 * read the accents), streamed a thousand rows at a time. Cells that a spreadsheet would
 * run as formulas are neutralised.
 */
@Service
@SignedIn
public class ProspectExportService {

    public static final List<String> HEADER = List.of("First name", "Last name", "Headline", "Company",
            "LinkedIn profile", "E-mail", "E-mail status", "Location", "Industry", "Stage", "Do not contact", "Owner",
            "Tags", "ICP fit", "Team notes", "Source", "Added (UTC)", "Last activity (UTC)");

    private static final int BATCH = 1000;

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .withZone(ZoneOffset.UTC);

    private final ProspectOwnership owners;

    private final ProspectStore store;

    private final AuditLog auditLog;

    ProspectExportService(ProspectOwnership owners, ProspectStore store, AuditLog auditLog) {
        this.owners = owners;
        this.store = store;
        this.auditLog = auditLog;
    }

    /** Writes every prospect of the filter; returns how many. */
    @Transactional(readOnly = true)
    public int exportCsv(ProspectFilter filter, Writer out) throws IOException {
        Map<Long, Teammate> team = owners.teammates(filter.teamId()); // also checks the
                                                                      // team is the
                                                                      // caller's
        // Before the first row: a download that breaks off still happened.
        auditLog.recordExport("Prospects (CSV)", List.of(new FieldChange("Filter", null, filter.toString())));
        out.write('\uFEFF');
        int written = 0;
        try (var csv = new CSVPrinter(out, SpreadsheetSafe.csv(HEADER.toArray(String[]::new)))) {
            long after = 0;
            while (true) {
                var batch = store.exportBatch(filter, after, BATCH);
                for (var p : batch) {
                    var owner = team.get(p.ownerId());
                    csv.printRecord(safe(p.firstName()), safe(p.lastName()), safe(p.headline()), safe(p.company()),
                            safe(p.profileUrl()), safe(p.email()), p.emailStatus().label(), safe(p.location()),
                            safe(p.industry()), p.stage().label(), p.doNotContact() ? "yes" : "no",
                            safe(owner == null ? "" : owner.displayName()), safe(String.join("; ", p.tags())),
                            p.icpFit() == null ? "" : p.icpFit().toString(), safe(p.sharedNotes()), p.source().label(),
                            UTC.format(p.createdAt()), UTC.format(p.lastActivityAt()));
                    written++;
                }
                if (batch.size() < BATCH) {
                    break;
                }
                after = batch.getLast().id();
            }
        }
        return written;
    }

    /**
     * Hands every prospect of the filter that may get an e-mail to the consumer, in id
     * order, a thousand at a time; returns how many. Runs in the caller's transaction.
     */
    @Transactional(readOnly = true)
    public int forEachEmailable(ProspectFilter filter, Consumer<EmailableProspect> consumer) {
        owners.teammates(filter.teamId()); // checks the team is the caller's
        int handed = 0;
        long after = 0;
        while (true) {
            var batch = store.exportBatch(filter, after, BATCH);
            for (var p : batch) {
                if (p.email() != null && p.emailStatus().usable() && !p.doNotContact()) {
                    consumer.accept(new EmailableProspect(p.id(), p.firstName(), nullToEmpty(p.lastName()), p.email(),
                            p.emailStatus(), nullToEmpty(p.company()), nullToEmpty(p.headline()), p.profileUrl(),
                            nullToEmpty(p.location())));
                    handed++;
                }
            }
            if (batch.size() < BATCH) {
                return handed;
            }
            after = batch.getLast().id();
        }
    }

    /** How many prospects of the filter {@link #forEachEmailable} would hand over. */
    @Transactional(readOnly = true)
    public long countEmailable(ProspectFilter filter) {
        owners.teammates(filter.teamId()); // checks the team is the caller's
        return store.countEmailable(filter);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String safe(String value) {
        return SpreadsheetSafe.cell(value);
    }

}
