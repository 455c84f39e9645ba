package com.headroom.outreach;

import com.headroom.prospect.TeamGate;
import com.headroom.security.SignedIn;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members and people exchanged, as the ledger has it: messages, InMails and e-mails
 * sent and the answers to them (both ways), undone entries left out. Warm introductions
 * read it to judge how well a teammate knows someone.
 */
@Service
@SignedIn
public class Exchanges {

    /** A quarter, as in "exchanged 4 messages this quarter". */
    public static final Duration QUARTER = Duration.ofDays(90);

    static final List<String> BOTH_WAYS = List.of(OutreachType.MESSAGE_SENT.name(), OutreachType.MESSAGE_REPLIED.name(),
            OutreachType.INMAIL_SENT.name(), OutreachType.INMAIL_REPLIED.name(), OutreachType.INMAIL_ACCEPTED.name(),
            OutreachType.EMAIL_SENT.name(), OutreachType.EMAIL_REPLIED.name());

    /** One member and one person (by the SHA-256 of their normalized profile address). */
    public record Key(long memberId, String profileKeyHash) {
    }

    public record Exchange(int lastQuarter, int total, Instant last) {
    }

    private final ExchangeStore store;

    private final TeamGate gate;

    Exchanges(ExchangeStore store, TeamGate gate) {
        this.store = store;
        this.gate = gate;
    }

    /**
     * The exchanges in a team's ledger between the given members and people, up to now.
     */
    @Transactional(readOnly = true)
    public Map<Key, Exchange> between(long teamId, Collection<Long> memberIds, Collection<String> profileKeyHashes,
            Instant now) {
        gate.requireTeam(teamId);
        if (memberIds.isEmpty() || profileKeyHashes.isEmpty()) {
            return Collections.emptyMap();
        }
        return store.between(teamId, memberIds, profileKeyHashes, BOTH_WAYS, now.minus(QUARTER), now);
    }

}
