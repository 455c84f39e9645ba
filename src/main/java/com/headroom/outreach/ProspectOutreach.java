package com.headroom.outreach;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A prospect's outreach for the signed-in rep: the history, what they can log next, and their
 * headroom.
 *
 * @param mayLog              the rep owns the prospect and has a LinkedIn seat
 * @param whyNot              why the rep may not log here, when they may not
 * @param invitationPending   the rep's invitation to this person waits for an answer
 * @param connected           they accepted the rep's invitation
 * @param inMailOpen          the rep's InMail to this person waits for an answer
 * @param approvedOverrides   approvals the rep may use on this person, by action
 * @param zone                the team's time zone, in which times read
 */
public record ProspectOutreach(long prospectId, String prospectName, boolean mayLog, String whyNot,
        List<OutreachLine> history, boolean invitationPending, boolean connected, boolean inMailOpen,
        Optional<Headroom> headroom, List<OverrideRequest> approvedOverrides, List<OverrideRequest> waiting,
        int noteLimit, int messageLimit, int inMailSubjectLimit, int inMailBodyLimit, ZoneId zone) {
}
