package com.headroom.warmintro;

import java.util.List;

/**
 * Who in the team can introduce a rep to a prospect, in the order to try them
 * ({@code PathOrder}: a direct path first unless a path through a colleague is more than
 * 25 points stronger).
 *
 * @param paths direct paths and the strongest paths through colleagues, best first
 * @param colleaguesFound how many colleague paths were weighed; {@code paths} holds the
 * strongest
 * @param moreColleagues true when the company has more than were weighed (the most
 * senior, longest known are weighed first)
 * @param notSharing teammates who do not share their network (TeamLink's opt-out)
 * @param withoutImport teammates who have not imported their connections yet
 * @param youImported whether the signed-in rep has imported their own connections
 * @param doNotContact the prospect is on the do-not-contact list: nobody is asked for an
 * introduction
 */
public record WarmPaths(long prospectId, String prospectName, String company, List<WarmPath> paths, int colleaguesFound,
        boolean moreColleagues, List<String> notSharing, List<String> withoutImport, boolean youImported,
        boolean doNotContact) {

    /** Teammates who are first-degree connections of the prospect, strongest first. */
    public List<WarmPath> direct() {
        return paths.stream().filter(WarmPath::direct).toList();
    }

    /**
     * Teammates connected to people at the prospect's current company, strongest first.
     */
    public List<WarmPath> colleagues() {
        return paths.stream().filter(p -> !p.direct()).toList();
    }

    public boolean none() {
        return paths.isEmpty();
    }
}
