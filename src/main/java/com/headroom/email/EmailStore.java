package com.headroom.email;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The e-mail channel's own tables: company domains an admin corrected, the latest check
 * of each prospect's address, exports to e-mail tools and the activity rows already read
 * back. Plain SQL that runs the same on MariaDB and H2.
 */
@Component
class EmailStore {

    private final JdbcTemplate jdbc;

    EmailStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- Company domains. ----

    List<CompanyDomain> corrections(String companyKey) {
        return jdbc.query(DOMAIN_SELECT + " WHERE d.company_key = ? ORDER BY d.domain", EmailStore::domain, companyKey);
    }

    List<CompanyDomain> corrections(int offset, int limit) {
        return jdbc.query(DOMAIN_SELECT + " ORDER BY d.company, d.domain LIMIT ? OFFSET ?", EmailStore::domain, limit,
                offset);
    }

    int countCorrections() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM email_company_domain", Integer.class);
        return n == null ? 0 : n;
    }

    void saveCorrection(String companyKey, String company, String domain, boolean excluded, long by, Instant at) {
        int updated = jdbc.update(
                "UPDATE email_company_domain SET company = ?, excluded = ?, changed_by = ?,"
                        + " changed_at = ? WHERE company_key = ? AND domain = ?",
                company, excluded, by, Timestamp.from(at), companyKey, domain);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO email_company_domain (company_key, company, domain, excluded, changed_by,"
                            + " changed_at) VALUES (?, ?, ?, ?, ?, ?)",
                    companyKey, company, domain, excluded, by, Timestamp.from(at));
        }
    }

    boolean removeCorrection(long id) {
        return jdbc.update("DELETE FROM email_company_domain WHERE id = ?", id) > 0;
    }

    private static final String DOMAIN_SELECT = "SELECT d.id, d.company_key, d.company, d.domain, d.excluded,"
            + " a.display_name, d.changed_at FROM email_company_domain d JOIN account a ON a.id = d.changed_by";

    private static CompanyDomain domain(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CompanyDomain(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                rs.getString(6), rs.getTimestamp(7).toInstant());
    }

    // ---- Checks. ----

    void saveCheck(long prospectId, CheckResult result, long by) {
        jdbc.update("DELETE FROM email_check WHERE prospect_id = ?", prospectId);
        var findings = new StringBuilder();
        for (var f : result.findings()) {
            if (findings.length() + f.sentence().length() + 1 > 2000) {
                break;
            }
            findings.append(findings.isEmpty() ? "" : "\n").append(f.sentence());
        }
        jdbc.update(
                "INSERT INTO email_check (prospect_id, address, checked_at, checked_by, usable, summary, findings)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                prospectId, result.address(), Timestamp.from(result.checkedAt()), by, result.usable(),
                clip(result.summary(), 500), findings.toString());
    }

    Optional<StoredCheck> check(long prospectId) {
        return jdbc
            .query("SELECT c.address, c.checked_at, a.display_name, c.usable, c.summary, c.findings FROM email_check c"
                    + " JOIN account a ON a.id = c.checked_by WHERE c.prospect_id = ?",
                    (rs, n) -> new StoredCheck(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getBoolean(4), rs.getString(5), List.of(rs.getString(6).split("\n"))),
                    prospectId)
            .stream()
            .findFirst();
    }

    // ---- Exports. ----

    void recordExports(long teamId, Collection<Long> prospectIds, EmailTool tool, long by, Instant at) {
        List<Object[]> rows = new ArrayList<>();
        for (long id : prospectIds) {
            rows.add(new Object[] { teamId, id, tool.name(), by, Timestamp.from(at) });
        }
        jdbc.batchUpdate("INSERT INTO email_export (team_id, prospect_id, tool, exported_by, exported_at)"
                + " VALUES (?, ?, ?, ?, ?)", rows);
    }

    List<ExportLine> exports(long prospectId, int limit) {
        return jdbc.query(
                "SELECT e.tool, a.display_name, e.exported_at FROM email_export e JOIN account a ON a.id ="
                        + " e.exported_by WHERE e.prospect_id = ? ORDER BY e.exported_at DESC, e.id DESC LIMIT ?",
                (rs, n) -> new ExportLine(EmailTool.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant()),
                prospectId, limit);
    }

    // ---- Activity read back. ----

    /** Claims an activity row for the team; false when it was read before. */
    boolean claimActivityRow(long teamId, String rowKey, long by, Instant at) {
        try {
            jdbc.update("INSERT INTO email_activity_row (team_id, row_key, imported_by, imported_at) VALUES (?, ?, ?,"
                    + " ?)", teamId, rowKey, by, Timestamp.from(at));
            return true;
        }
        catch (DuplicateKeyException alreadyRead) {
            return false;
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

}
