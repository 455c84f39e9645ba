package com.headroom.outreach;

import com.headroom.base.Dates;
import com.headroom.outreach.Headroom.Network;
import com.headroom.outreach.Headroom.Targeting;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The sentences of the playbook's habits (targeting, the network cap, warming up, keeping
 * in touch), in one place like {@link RepSentences}: numbers in, words here.
 */
public final class PlaybookSentences {

    private PlaybookSentences() {
    }

    /** A count with thousands separated, as figures read everywhere ("29,412"). */
    public static String count(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    // ---- Targeting spread ----

    static String spreadTooWide(Targeting t) {
        return t.outside() + " of your " + t.invitations() + " invitations in the last 7 days ("
                + t.outsidePercent().orElse(0) + "%) went to people outside the team's target regions and industries,"
                + " above the team's " + t.warnAbovePercent() + "%: LinkedIn may look more closely at requests far"
                + " from your market. Invite more people inside it." + unknownNote(t);
    }

    /** What My limits says of targeting, healthy or not. */
    public static String targeting(Targeting t) {
        if (!t.named()) {
            return "Your team names no target regions or industries, so Headroom does not check how widely you invite.";
        }
        if (t.invitations() == 0) {
            return "No invitations in the last 7 days: nothing to check against the team's targets.";
        }
        return t.outside() + " of " + t.invitations() + " invitations in the last 7 days ("
                + t.outsidePercent().orElse(0) + "%) went outside the team's target regions and industries; the"
                + " team warns above " + t.warnAbovePercent() + "%." + unknownNote(t);
    }

    private static String unknownNote(Targeting t) {
        if (t.unknown() == 0) {
            return "";
        }
        return " " + t.unknown() + (t.unknown() == 1 ? " person has" : " people have")
                + " no location or industry on file: counted as unknown, not outside. Add them to the prospect to"
                + " count them.";
    }

    // ---- The network cap ----

    static String networkNearlyFull(Network n, ZoneId zone) {
        int count = n.connections().orElse(0);
        if (count >= n.cap()) {
            return "You have " + counted(n, zone) + ", LinkedIn's limit of " + count(n.cap())
                    + ": LinkedIn accepts no more invitations from you. Remove connections you no longer need on"
                    + " LinkedIn, then import your Connections.csv again.";
        }
        return "You have " + counted(n, zone) + ", close to LinkedIn's limit of " + count(n.cap()) + " ("
                + count(n.cap() - count) + " left). Withdraw invitations that wait too long and prune connections you"
                + " no longer need.";
    }

    static String networkFull(Network n, ZoneId zone) {
        return "LinkedIn stops members at " + count(n.cap()) + " connections and you have " + counted(n, zone)
                + ", so this invitation cannot have gone out. Remove connections on LinkedIn and import your"
                + " Connections.csv again.";
    }

    /** The count and where it comes from, as My day and My limits show it. */
    public static String network(Network n, ZoneId zone) {
        if (n.connections().isEmpty()) {
            return "Import your Connections.csv (My network) to count your connections against LinkedIn's limit of "
                    + count(n.cap()) + ".";
        }
        String counted = count(n.connections().getAsInt()) + " of " + count(n.cap()) + " connections: "
                + source(n, zone) + ".";
        return switch (n.level()) {
            case RED -> counted + " LinkedIn accepts no invitations past its limit: remove connections you no longer"
                    + " need, then import your Connections.csv again.";
            case AMBER -> counted + " Close to the limit: withdraw invitations that wait too long and prune old"
                    + " connections.";
            case GREEN -> counted;
        };
    }

    private static String counted(Network n, ZoneId zone) {
        return count(n.connections().orElse(0)) + " connections (" + source(n, zone) + ")";
    }

    private static String source(Network n, ZoneId zone) {
        String imported = "your Connections.csv of " + Dates.day(n.importedAt().orElseThrow(), zone) + " had "
                + count(n.imported());
        return n.acceptedSince() == 0 ? imported : imported + ", plus " + count(n.acceptedSince())
                + " accepted invitation" + (n.acceptedSince() == 1 ? "" : "s") + " logged since";
    }

}
