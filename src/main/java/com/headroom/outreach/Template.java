package com.headroom.outreach;

/**
 * A template of the team's library, or one shipped with Headroom.
 *
 * @param shipped comes with Headroom: every team may use it, nobody edits it
 */
public record Template(long id, Long teamId, TemplateKind kind, String name, String subject, String body,
        boolean shipped, boolean archived, long version) {
}
