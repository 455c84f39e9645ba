package com.headroom.prospect;

import java.time.Instant;

/** One line of a prospect's history: who did what, when. */
public record ProspectEvent(Instant occurredAt, String actorName, Kind kind, String from, String to) {

    public enum Kind {

        ADDED("Added"), IMPORTED("Imported"), FILLED_IN_BY_IMPORT("Empty fields filled in by an import"),
        EDITED("Edited"), STAGE_CHANGED("Stage changed"), HANDED_OVER("Handed over"),
        MARKED_DO_NOT_CONTACT("Marked do not contact"), DO_NOT_CONTACT_LIFTED("Do not contact lifted"),
        EMAIL_CHANGED("E-mail address"), EMAIL_STATUS_CHANGED("E-mail status");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

    }

    /** "Stage changed: New → Researched". */
    public String describe() {
        if (from == null && to == null) {
            return kind.label();
        }
        if (from == null) {
            return kind.label() + ": " + to;
        }
        return kind.label() + ": " + from + " → " + to;
    }
}
