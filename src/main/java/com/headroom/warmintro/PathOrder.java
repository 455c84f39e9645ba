package com.headroom.warmintro;

import java.util.ArrayList;
import java.util.List;

/**
 * The one order a prospect's warm paths are shown in. A teammate who knows the prospect
 * needs no one in between, so a direct path comes before every path through a colleague
 * unless that path scores more than {@link #DIRECT_LEAD} points higher: a direct path
 * ranks as if it scored 25 more, and on a tie the direct one comes first. Within each
 * kind the strongest comes first ({@link WarmIntroService#STRONGEST_FIRST}). The sentence
 * of each path says where it stands.
 */
final class PathOrder {

    /**
     * How many points stronger a path through a colleague must be to come before a direct
     * path: more than this.
     */
    static final int DIRECT_LEAD = 25;

    private PathOrder() {
    }

    /**
     * Both kinds in one list, each kind already strongest first.
     * @param prospect the prospect's first name (or full name when there is none), for
     * the sentences
     */
    static List<WarmPath> rank(List<WarmPath> direct, List<WarmPath> colleagues, String prospect) {
        List<WarmPath> ranked = new ArrayList<>(direct.size() + colleagues.size());
        int d = 0;
        int c = 0;
        while (d < direct.size() || c < colleagues.size()) {
            if (c == colleagues.size()
                    || d < direct.size() && direct.get(d).score() + DIRECT_LEAD >= colleagues.get(c).score()) {
                var path = direct.get(d++);
                ranked.add(colleagues.isEmpty() ? path : path.explained(who(path) + (path.mine() ? " know " : " knows ")
                        + prospect + " directly: a direct path comes before introductions through colleagues."));
            }
            else {
                var path = colleagues.get(c++);
                ranked.add(d == direct.size() ? path : path.explained("It is listed above " + whose(direct.get(d))
                        + " direct path because it is more than " + DIRECT_LEAD + " points stronger."));
            }
        }
        return ranked;
    }

    /** "Sam" for Sam Senior; "You" when the signed-in rep is the introducer. */
    private static String who(WarmPath path) {
        return path.mine() ? "You" : firstName(path.introducerName());
    }

    private static String whose(WarmPath path) {
        return path.mine() ? "your" : firstName(path.introducerName()) + "'s";
    }

    static String firstName(String displayName) {
        int space = displayName.indexOf(' ');
        return space < 0 ? displayName : displayName.substring(0, space);
    }

}
