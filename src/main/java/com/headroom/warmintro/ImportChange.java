package com.headroom.warmintro;

/**
 * One line of a re-import's diff: a connection added, gone, or with a new company or
 * position.
 */
public record ImportChange(Kind kind, String name, String before, String after) {

    public enum Kind {

        ADDED("Added"), GONE("Gone"), CHANGED("Changed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

    }
}
