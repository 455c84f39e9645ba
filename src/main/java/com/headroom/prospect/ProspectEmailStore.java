package com.headroom.prospect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reads of prospects' e-mail addresses that the e-mail channel needs: the addresses a
 * team holds at a company's domains, the domains a company's addresses use, and prospects
 * found by address. Writes go through the {@link Prospect} entity.
 */
@Component
class ProspectEmailStore {

    /** The statuses {@link EmailStatus#usable()} names, as SQL. */
    static final String USABLE = java.util.Arrays.stream(EmailStatus.values())
        .filter(EmailStatus::usable)
        .map(status -> "'" + status.name() + "'")
        .collect(java.util.stream.Collectors.joining(", "));

    private final JdbcTemplate jdbc;

    ProspectEmailStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ProspectEmails.HeldAddress> addressesAt(long teamId, Collection<String> domains) {
        if (domains.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        args.add(teamId);
        args.addAll(domains);
        return jdbc.query(
                "SELECT p.first_name, p.last_name, p.email, p.email_status FROM prospect p"
                        + " WHERE p.team_id = ? AND p.email_domain IN (" + marks(domains.size()) + ")",
                (rs, i) -> new ProspectEmails.HeldAddress(rs.getString(1), rs.getString(2), rs.getString(3),
                        EmailStatus.valueOf(rs.getString(4))),
                args.toArray());
    }

    Map<String, Integer> domainsOfCompany(long teamId, String companyKey) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("SELECT p.email_domain, COUNT(*) FROM prospect p WHERE p.team_id = ? AND p.company_key = ?"
                + " AND p.email_domain IS NOT NULL GROUP BY p.email_domain", rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                }, teamId, companyKey);
        return counts;
    }

    boolean teamHolds(long teamId, String address) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM prospect WHERE team_id = ? AND email = ?", Integer.class,
                teamId, address);
        return n != null && n > 0;
    }

    Map<String, ProspectEmails.Recipient> byAddress(long teamId, Collection<String> addresses) {
        Map<String, ProspectEmails.Recipient> found = new HashMap<>();
        List<String> all = List.copyOf(addresses);
        for (int from = 0; from < all.size(); from += 500) {
            var chunk = all.subList(from, Math.min(all.size(), from + 500));
            List<Object> args = new ArrayList<>();
            args.add(teamId);
            args.addAll(chunk);
            jdbc.query("SELECT p.email, p.id, p.owner_id, p.first_name, p.last_name, p.do_not_contact FROM prospect p"
                    + " WHERE p.team_id = ? AND p.email IN (" + marks(chunk.size()) + ")", rs -> {
                        String last = rs.getString(5);
                        found.put(rs.getString(1),
                                new ProspectEmails.Recipient(rs.getLong(2), rs.getLong(3),
                                        last == null || last.isBlank() ? rs.getString(4) : rs.getString(4) + " " + last,
                                        rs.getBoolean(6)));
                    }, args.toArray());
        }
        return found;
    }

    Map<Long, String> usableAddresses(long teamId, Collection<Long> ids) {
        Map<Long, String> found = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            var chunk = all.subList(from, Math.min(all.size(), from + 500));
            List<Object> args = new ArrayList<>();
            args.add(teamId);
            args.addAll(chunk);
            jdbc.query("SELECT p.id, p.email FROM prospect p WHERE p.team_id = ? AND p.id IN (" + marks(chunk.size())
                    + ") AND p.email IS NOT NULL AND p.email_status IN (" + USABLE + ")"
                    + " AND p.do_not_contact = FALSE", rs -> {
                        found.put(rs.getLong(1), rs.getString(2));
                    }, args.toArray());
        }
        return found;
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

}
