package com.headroom.outreach;

import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.Headroom.HealthReason;
import com.headroom.outreach.Headroom.PendingInvitation;
import com.headroom.team.TeamPolicySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Invitations waiting for an answer against the team's warn and block figures, and those
 * old enough to withdraw. A step of {@link LimitsEngine#evaluate}.
 *
 * @param withdrawDue pending longer than the team's reminder, oldest first
 */
record PendingLoad(int count, List<PendingInvitation> withdrawDue, List<HealthReason> reasons) {

    static PendingLoad of(InvitationBook invitations, TeamPolicySettings policy, Instant now) {
        List<HealthReason> reasons = new ArrayList<>(2);
        int pending = invitations.pendingCount();
        if (pending >= policy.pendingInvitationsBlockAt()) {
            reasons.add(new HealthReason(Health.RED,
                    RepSentences.pendingBlocked(pending, policy.pendingInvitationsBlockAt())));
        }
        else if (pending >= policy.pendingInvitationsWarnAt()) {
            reasons.add(new HealthReason(Health.AMBER, RepSentences.pendingWarned(pending,
                    policy.pendingInvitationsWarnAt(), policy.pendingInvitationsBlockAt())));
        }
        var withdrawDue = invitations.pendingSince(now.minus(Duration.ofDays(policy.withdrawReminderDays())));
        if (!withdrawDue.isEmpty()) {
            reasons.add(new HealthReason(Health.AMBER,
                    RepSentences.withdrawDue(withdrawDue.size(), policy.withdrawReminderDays())));
        }
        return new PendingLoad(pending, withdrawDue, reasons);
    }
}
