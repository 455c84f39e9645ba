package com.headroom.team;

import com.headroom.base.AuditLog;
import com.headroom.base.FieldChanges;
import com.headroom.base.RuleViolation;
import com.headroom.security.AdminOnly;
import com.headroom.security.SignedIn;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each team's default currency (ISO 4217), in which its reps' opportunities are valued
 * unless they say otherwise. Kept on the team, not its pacing policy: it is about money,
 * not LinkedIn's limits. Admins change it where they edit teams.
 */
@Service
@SignedIn
public class TeamCurrencies {

    /** A new team's currency. */
    public static final String DEFAULT = "EUR";

    /** The codes a team picks from first: the ones B2B teams price in most. */
    public static final List<String> COMMON = List.of("EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CAD",
            "AUD", "JPY", "INR", "SGD", "BRL");

    private final TeamRepository teams;

    private final TeamAccess access;

    private final AuditLog auditLog;

    TeamCurrencies(TeamRepository teams, TeamAccess access, AuditLog auditLog) {
        this.teams = teams;
        this.access = access;
        this.auditLog = auditLog;
    }

    /** The default currency of a team the signed-in person works in or may see. */
    @Transactional(readOnly = true)
    public String of(long teamId) {
        if (!access.canSeeTeam(teamId) && !access.isOwnTeam(teamId)) {
            throw new AccessDeniedException("Not a team of yours");
        }
        return find(teamId).defaultCurrency();
    }

    /** The default currencies of these teams (those the signed-in person may see). */
    @Transactional(readOnly = true)
    public Map<Long, String> of(Collection<Long> teamIds) {
        return teams.findAllById(teamIds)
            .stream()
            .filter(t -> access.canSeeTeam(t.id()))
            .collect(Collectors.toMap(Team::id, Team::defaultCurrency));
    }

    @Transactional
    @AdminOnly
    public void change(long teamId, String code) {
        String clean = checked(code);
        var team = find(teamId);
        String before = team.defaultCurrency();
        if (before.equals(clean)) {
            return;
        }
        team.setDefaultCurrency(clean);
        teams.saveAndFlush(team);
        auditLog.record(TeamService.AUDIT_TEAM, teamId, team.name(), "Changed",
                new FieldChanges().compare("Default currency", before, clean).list());
    }

    /** The code cleaned (EUR for " eur "), or refused with a sentence. */
    public static String checked(String code) {
        String clean = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!clean.matches("[A-Z]{3}") || !known(clean)) {
            throw new RuleViolation("defaultCurrency",
                    "Choose a currency by its three-letter ISO code, such as EUR, USD or GBP.");
        }
        return clean;
    }

    private static boolean known(String code) {
        try {
            Currency.getInstance(code);
            return true;
        }
        catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private Team find(long teamId) {
        return teams.findById(teamId).orElseThrow(() -> new RuleViolation("That team no longer exists."));
    }

}
