package com.headroom.outreach;

import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.Headroom.HealthReason;
import com.headroom.outreach.Headroom.Network;
import com.headroom.tier.LinkedInFigures;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The member's network against LinkedIn's 30,000 first-degree connections: a step of
 * {@link LimitsEngine#evaluate}. The count is the last Connections.csv import plus the
 * invitations logged as accepted after it: connections made otherwise (someone else's
 * invitation accepted on LinkedIn) show at the next import.
 */
record NetworkCap(Network network, Optional<HealthReason> reason) {

    static NetworkCap of(MemberFacts facts, LedgerReading read, ZoneId zone) {
        int cap = LinkedInFigures.MAX_CONNECTIONS;
        int warnAt = LinkedInFigures.CONNECTIONS_WARN_AT;
        if (facts.network().isEmpty()) {
            return new NetworkCap(Network.unknown(cap, warnAt), Optional.empty());
        }
        var imported = facts.network().get();
        int since = read.acceptedAfter(imported.importedAt());
        int count = imported.connections() + since;
        Health level = count >= cap ? Health.RED : count >= warnAt ? Health.AMBER : Health.GREEN;
        var network = new Network(OptionalInt.of(count), imported.connections(), since,
                Optional.of(imported.importedAt()), cap, warnAt, level);
        return new NetworkCap(network, level == Health.GREEN ? Optional.empty()
                : Optional.of(new HealthReason(level, PlaybookSentences.networkNearlyFull(network, zone))));
    }

}
