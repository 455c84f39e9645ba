package com.headroom.load;

import java.util.Arrays;
import java.util.List;

/**
 * Whom the load harness signs in as: the demo organisation's people unless the system
 * properties {@code load.reps}, {@code load.managers}, {@code load.contentPeople} and
 * {@code load.password} name others.
 */
final class LoadAccounts {

    private LoadAccounts() {
    }

    static final String PASSWORD = System.getProperty("load.password", "pace-your-outreach");

    static final List<String> REPS = list("load.reps",
            "dana@acme.example,sam@acme.example,lee@acme.example,priya@acme.example,tomas@acme.example,kim@acme.example");

    static final List<String> MANAGERS = list("load.managers", "morgan@acme.example,jordan@acme.example");

    /** People whose team plans content (the demo's EMEA team). */
    static final List<String> CONTENT_PEOPLE = list("load.contentPeople",
            "dana@acme.example,sam@acme.example,lee@acme.example,morgan@acme.example");

    private static List<String> list(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::strip).toList();
    }

}
