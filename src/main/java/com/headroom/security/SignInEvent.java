package com.headroom.security;

import java.time.Duration;

/**
 * A sign-in try, or a sign-out, published for the audit log (which lives in a feature
 * this package must not depend on). Never carries the password typed.
 *
 * @param email the e-mail typed (trimmed, lower case), or the signed-in account's for a
 * sign-out
 * @param delay how long a refused try was told to wait; zero otherwise
 */
public record SignInEvent(Outcome outcome, String email, String clientAddress, Duration delay) {

    public enum Outcome {

        SIGNED_IN("Signed in"), FAILED("Sign-in failed"), THROTTLED("Sign-in refused: too many tries"),
        SIGNED_OUT("Signed out");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

    }
}
