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
 * @param warmUp prospects planned for an invitation that are not warmed up yet, with what
 * is missing
 * @param keepInTouch connected prospects and close connections gone quiet
 * @param overridesToDecide for managers: requests from their teams waiting for a decision
 * @param loggedPastALimit for managers: actions their reps logged past a limit in the
 * last 7 days
 */
public record MyDay(String firstName, Optional<String> teamName, Optional<Headroom> headroom, Todos withdraw,
        Todos followUp, Todos inMailsAwaiting, Todos nextSteps, Todos tryEmail, ChannelFunnel channels,
        int overridesToDecide, int loggedPastALimit, List<OverrideRequest> myOverrides, ZoneId zone, Todos warmUp,
        KeepInTouch keepInTouch) {

    /** The first few things of one kind to do, and how many there are in all. */
    public record Todos(List<Todo> items, int total) {

        public static Todos none() {
            return new Todos(List.of(), 0);
        }
    }

    /**
     * People to get back in touch with, oldest exchange first.
     *
     * @param due everyone past the member's days without an exchange, not put off
     * @param afterDays the member's days without an exchange
     * @param handledToday people put off or caught up with today: the list shows at most
     * 5 a day in all
     */
    public record KeepInTouch(List<Relationship> people, int due, int afterDays, int handledToday) {

        public static KeepInTouch none(int afterDays) {
            return new KeepInTouch(List.of(), 0, afterDays, 0);
        }
    }

    /**
     * Someone on the keep-in-touch list.
     *
     * @param personKey what "not now" and "we talked" name them by
     * @param prospectId empty for a close connection who is not a prospect
     * @param what the last exchange, or that there is none, in words
     */
    public record Relationship(String personKey, Optional<Long> prospectId, String name, String company,
            Optional<Instant> lastExchange, String what) {
    }

    /**
     * One thing to do about one person.
     *
     * @param since when it became due (sent, accepted, last touched)
     */
    public record Todo(long prospectId, String name, String company, String what, Instant since) {
    }
}
