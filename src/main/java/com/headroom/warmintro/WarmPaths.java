package com.headroom.warmintro;

import java.util.List;

/**
 * Who in the team can introduce a rep to a prospect, strongest first.
 *
 * @param direct          teammates who are first-degree connections of the prospect
 * @param colleagues      teammates connected to people at the prospect's current company
 * @param colleaguesFound how many colleague paths were weighed; {@code colleagues} holds the strongest
 * @param moreColleagues  true when the company has more than were weighed (the most senior, longest
 *                        known are weighed first)
 * @param notSharing      teammates who do not share their network (TeamLink's opt-out)
 * @param withoutImport   teammates who have not imported their connections yet
 * @param youImported     whether the signed-in rep has imported their own connections
 * @param doNotContact    the prospect is on the do-not-contact list: nobody is asked for an introduction
 */
public record WarmPaths(long prospectId, String prospectName, String company, List<WarmPath> direct,
        List<WarmPath> colleagues, int colleaguesFound, boolean moreColleagues, List<String> notSharing, List<String> withoutImport,
        boolean youImported, boolean doNotContact) {

    public boolean none() {
        return direct.isEmpty() && colleagues.isEmpty();
    }
}
