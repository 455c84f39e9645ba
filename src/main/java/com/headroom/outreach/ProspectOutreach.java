package com.headroom.outreach;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A prospect's outreach for the signed-in rep: the history, what they can log next, and
 * their headroom.
 *
 * @param mayLog the rep owns the prospect and has a LinkedIn seat
 * @param whyNot why the rep may not log here, when they may not
 * @param invitationPending the rep's invitation to this person waits for an answer
 * @param connected they accepted the rep's invitation
 * @param connectedByStage the stage says connected though no accepted invitation is
 * logged
 * @param inMailOpen the rep's InMail to this person waits for an answer
 * @param reinviteLockedUntil after a withdrawal: when LinkedIn lets the rep invite them
 * again
 * @param approvedOverrides approvals the rep may use on this person, by action
 * @param noteLimit the rep's tier's limits on what they write (0 without a seat)
 * @param zone the team's time zone, in which times read
 */
public record ProspectOutreach(long prospectId, String prospectName, String firstName, boolean mayLog, String whyNot,
        List<OutreachLine> history, boolean invitationPending, boolean connected, boolean connectedByStage,
        boolean inMailOpen, Optional<Instant> reinviteLockedUntil, Optional<Headroom> headroom,
        List<OverrideRequest> approvedOverrides, List<OverrideRequest> waiting, int noteLimit, int messageLimit,
        int inMailSubjectLimit, int inMailBodyLimit, ZoneId zone) {
}
