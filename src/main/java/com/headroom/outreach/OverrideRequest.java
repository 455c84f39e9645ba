package com.headroom.outreach;

import java.time.Instant;

/**
 * A rep's request to go past one limit once, and a manager's decision on it.
 *
 * @param refusal the sentence the rep was refused with
 */
public record OverrideRequest(long id, long teamId, long memberId, String memberName, Long prospectId,
        String prospectName, OutreachType action, String refusal, String memberNote, Instant requestedAt,
        Status status, String decidedByName, Instant decidedAt, String reason) {

    public enum Status {
        REQUESTED("Waiting for a manager"),
        APPROVED("Approved"),
        DECLINED("Declined"),
        USED("Used");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
