package com.headroom.warmintro;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The e-mail addresses in members' imported connections, read only for the member's own
 * use (learning a company's address format) and for the privacy rule that keeps a
 * teammate's connection's address from being suggested.
 */
@Component
class ConnectionEmailStore {

    private final JdbcTemplate jdbc;

    ConnectionEmailStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A member's own connections with an address at one of these domains. */
    List<ConnectionEmails.OwnAddress> ownAt(long memberId, Collection<String> domains) {
        List<ConnectionEmails.OwnAddress> found = new ArrayList<>();
        for (String domain : domains) {
            // The member's connections are read by the primary key's first column; the
            // suffix test runs on at most one member's 30,000 rows.
            jdbc.query("SELECT p.first_name, p.last_name, c.email FROM wi_connection c JOIN wi_person p ON p.id ="
                    + " c.person_id WHERE c.member_id = ? AND c.email LIKE ? ESCAPE '!'", rs -> {
                        found.add(new ConnectionEmails.OwnAddress(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }, memberId, "%@" + domain.replace("!", "!!").replace("%", "!%").replace("_", "!_"));
        }
        return found;
    }

    /** The domains of a member's own connections' addresses at a company, with counts. */
    Map<String, Integer> ownDomainsAt(long memberId, String companyKey) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("SELECT c.email FROM wi_connection c WHERE c.member_id = ? AND c.company_key = ?"
                + " AND c.email IS NOT NULL", rs -> {
                    String email = rs.getString(1);
                    int at = email.lastIndexOf('@');
                    if (at > 0 && at < email.length() - 1) {
                        counts.merge(email.substring(at + 1), 1, Integer::sum);
                    }
                }, memberId, companyKey);
        return counts;
    }

    /** Whether any of these members holds this address among their connections. */
    boolean heldByAny(Collection<Long> memberIds, String address) {
        if (memberIds.isEmpty()) {
            return false;
        }
        List<Object> args = new ArrayList<>();
        args.add(address);
        args.addAll(memberIds);
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM wi_connection WHERE email = ? AND member_id IN ("
                        + String.join(",", Collections.nCopies(memberIds.size(), "?")) + ")",
                Integer.class, args.toArray());
        return n != null && n > 0;
    }

}
