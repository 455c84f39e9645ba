package com.headroom.outreach;

import java.util.Optional;

/**
 * How a template does: of the invitations, messages or InMails logged with it, how many
 * were accepted and how many got a reply.
 *
 * @param successes accepted (connection notes) or answered (messages and InMails): what a
 * comparison of two templates weighs
 */
public record TemplateStats(long templateId, String name, TemplateKind kind, int sent, int accepted, int replied,
        int successes) {

    public Optional<Integer> successPercent() {
        return sent == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * successes / sent));
    }
}
