package com.headroom.warmintro;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A rep asked a teammate to introduce them to a prospect, directly or through a colleague
 * of the prospect the teammate knows.
 *
 * @param prospectId null once the prospect was erased or deleted
 * @param direct the introducer knows the prospect themself
 * @param viaName the colleague the path goes through; null for a direct introduction, or
 * once that colleague was erased
 */
public record IntroRequest(long id, long teamId, @Nullable Long prospectId, String prospectName, long requesterId,
        String requesterName, long introducerId, String introducerName, boolean direct, @Nullable Long viaPersonId,
        @Nullable String viaName, String note, Status status, @Nullable Outcome outcome, @Nullable String answer,
        Instant createdAt, @Nullable Instant answeredAt, @Nullable Instant outcomeAt, long version) {

    public enum Status {

        ASKED("Waiting for an answer"), ACCEPTED("Accepted"), DECLINED("Declined"), WITHDRAWN("Withdrawn");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

    }

    public enum Outcome {

        INTRODUCED("Introduced"), CONNECTED("Connected"), NO_REPLY("No reply");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

    }
}
