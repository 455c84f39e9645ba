package com.headroom.outreach;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A member's start screen: their headroom, its health, and today's to-do list.
 *
 * @param headroom empty without a LinkedIn seat
 * @param withdraw invitations pending past the team's reminder
 * @param followUp people who accepted and have had no message since
 * @param inMailsAwaiting InMails with no answer after 7 days
 * @param nextSteps prospects waiting for their next step
 * @param tryEmail people whose invitation was withdrawn or waits past the reminder, with
 * an address worth writing to
 * @param channels the last 30 days, LinkedIn and e-mail side by side
 * @param overridesToDecide for managers: requests from their teams waiting for a decision
 * @param loggedPastALimit for managers: actions their reps logged past a limit in the
 * last 7 days
 */
public record MyDay(String firstName, Optional<String> teamName, Optional<Headroom> headroom, Todos withdraw,
        Todos followUp, Todos inMailsAwaiting, Todos nextSteps, Todos tryEmail, ChannelFunnel channels,
        int overridesToDecide, int loggedPastALimit, List<OverrideRequest> myOverrides, ZoneId zone) {

    /** The first few things of one kind to do, and how many there are in all. */
    public record Todos(List<Todo> items, int total) {

        public static Todos none() {
            return new Todos(List.of(), 0);
        }
    }

    /**
     * One thing to do about one person.
     *
     * @param since when it became due (sent, accepted, last touched)
     */
    public record Todo(long prospectId, String name, String company, String what, Instant since) {
    }
}
