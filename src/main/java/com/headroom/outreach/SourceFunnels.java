package com.headroom.outreach;

import com.headroom.prospect.ProspectSource;
import com.headroom.security.ManagerOrAdmin;
import com.headroom.security.SignedIn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which events, groups, webinars and Lives pay: what became of the people each source
 * brought; and the "quality connections" each member made (accepted invitations with
 * people who fit the ideal customer). For managers and admins: counts, no one's name.
 */
@Service
@SignedIn
public class SourceFunnels {

    private final SourceFunnelStore store;

    private final TeamNames teamNames;

    SourceFunnels(SourceFunnelStore store, TeamNames teamNames) {
        this.store = store;
        this.teamNames = teamNames;
    }

    /**
     * The people one source brought in a period and what became of them since.
     *
     * @param name the event's (group's …) name; null for by hand and CSV
     * @param date the day of the event, if it had one
     * @param contacted of those added, the ones invited, messaged or sent an InMail
     * @param replied of those added, the ones who answered a message or an InMail
     */
    public record SourceFunnel(ProspectSource source, String name, LocalDate date, int added, int invited, int accepted,
            int contacted, int replied) {

        /** Accepted of invited. */
        public Optional<Integer> acceptanceRate() {
            return percent(accepted, invited);
        }

        /** Replied of invited or messaged. */
        public Optional<Integer> replyRate() {
            return percent(replied, contacted);
        }

    }

    /**
     * Invitations a member's invitees accepted in a period, and how many of them fit the
     * ideal customer (ICP fit 4 or 5).
     */
    public record Quality(int accepted, int quality) {

        public static final Quality NONE = new Quality(0, 0);

        public Optional<Integer> percent() {
            return SourceFunnels.percent(quality, accepted);
        }

    }

    /**
     * Per source kind and name, the team's prospects added in [from, to) and what became
     * of them by now; best acceptance first, by hand and CSV last.
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public List<SourceFunnel> bySource(long teamId, Instant from, Instant to) {
        requireTeam(teamId);
        return store.bySource(teamId, from, to)
            .stream()
            .sorted(Comparator.comparing((SourceFunnel f) -> !f.source().named())
                .thenComparing(f -> -f.acceptanceRate().orElse(-1))
                .thenComparing(f -> -f.added()))
            .toList();
    }

    /** Per member, the quality connections of invitations accepted in [from, to). */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public Map<Long, Quality> quality(long teamId, Instant from, Instant to) {
        requireTeam(teamId);
        return store.quality(teamId, from, to);
    }

    static Optional<Integer> percent(int part, int of) {
        return of == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * part / of));
    }

    private void requireTeam(long teamId) {
        if (!teamNames.visibleTeams().contains(teamId)) {
            throw new AccessDeniedException("Team " + teamId + " is not one of yours");
        }
    }

}
