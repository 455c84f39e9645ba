package com.headroom.email;

import com.headroom.base.AuditLog;
import com.headroom.base.FieldChange;
import com.headroom.prospect.ProspectExportService;
import com.headroom.prospect.ProspectFilter;
import com.headroom.security.CurrentUser;
import com.headroom.security.SignedIn;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands the prospect list's current filter to an e-mail tool: only people with an address
 * worth writing to, never do-not-contact (erased people are gone), in the tool's import
 * layout; each prospect remembers the export and the export is audited.
 */
@Service
@SignedIn
public class EmailExportService {

    private final ProspectExportService prospectExports;

    private final EmailStore store;

    private final AuditLog auditLog;

    private final CurrentUser currentUser;

    private final Clock clock;

    EmailExportService(ProspectExportService prospectExports, EmailStore store, AuditLog auditLog,
            CurrentUser currentUser, Clock clock) {
        this.prospectExports = prospectExports;
        this.store = store;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Writes the filter's e-mailable prospects in the tool's layout; returns how many.
     */
    @Transactional
    public int export(ProspectFilter filter, EmailTool tool, Writer out) throws IOException {
        List<ExportRow> rows = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        prospectExports.forEachEmailable(filter, p -> {
            ids.add(p.id());
            rows.add(new ExportRow(p.firstName(), p.lastName(), p.email(), p.company(), p.headline(), p.profileUrl(),
                    p.location()));
        });
        auditLog.recordExport("Prospects for " + tool.label() + " (CSV)",
                List.of(new FieldChange("Filter", null, filter.toString()),
                        new FieldChange("Prospects", null, String.valueOf(ids.size()))));
        var me = currentUser.require();
        var now = clock.instant();
        for (int from = 0; from < ids.size(); from += 1000) {
            store.recordExports(filter.teamId(), ids.subList(from, Math.min(ids.size(), from + 1000)), tool,
                    me.accountId(), now);
        }
        EmailToolCsv.write(tool, rows, out);
        return rows.size();
    }

    /** How many prospects of the filter an export would hand over. */
    @Transactional(readOnly = true)
    public long countExportable(ProspectFilter filter) {
        return prospectExports.countEmailable(filter);
    }

}
