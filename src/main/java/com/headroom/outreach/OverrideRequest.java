package com.headroom.outreach;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A rep's request to go past one limit once, and a manager's decision on it.
 *
 * @param refusal the sentence of the limit the rep asked to go past
 * @param usedAt when the rep logged the action with this approval
 * @param zone the team's time zone, in which its times read
 */
public record OverrideRequest(long id, long teamId, long memberId, String memberName, Long prospectId,
        String prospectName, OutreachType action, String refusal, String memberNote, Instant requestedAt, Status status,
        String decidedByName, Instant decidedAt, String reason, Instant usedAt, ZoneId zone) {

    public enum Status {

        REQUESTED("Waiting for a manager"), APPROVED("Approved"), DECLINED("Declined"),
        /** Approved, then used by the rep for the action. */
        USED("Approved and used");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

    }
}
