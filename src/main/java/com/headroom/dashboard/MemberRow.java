package com.headroom.dashboard;

import com.headroom.outreach.MemberStatus;
import java.util.List;

/**
 * One member's line on Team overview: their headroom as their My day shows it, plus what
 * waits on them and what needs the manager.
 *
 * @param teamName the member's team, for "All teams"
 * @param lastActivity "Today", "3 working days ago", or "Nothing logged yet"
 * @param quiet nothing logged for the team's number of working days
 * @param overridesWaiting their requests to go past a limit that wait for a manager
 * @param introsToAnswer teammates' intro requests that wait for their answer
 * @param attention the "Needs attention" lines about them, most urgent first
 */
public record MemberRow(MemberStatus status, String teamName, String lastActivity, boolean quiet, int overridesWaiting,
        int introsToAnswer, List<Attention> attention) {

    public MemberRow {
        attention = List.copyOf(attention);
    }

    /**
     * Needs attention first: RED, AMBER, quiet, anything else on the list, then the rest.
     */
    public int urgency() {
        return switch (status.headroom().health()) {
            case RED -> 0;
            case AMBER -> 1;
            case GREEN -> quiet ? 2 : attention.isEmpty() ? 4 : 3;
        };
    }
}
