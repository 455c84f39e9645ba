package com.headroom.email;

import java.util.Objects;

/**
 * One thing an address check found, in a sentence a sales rep reads as it is.
 *
 * @param problem whether the rep should look at it before writing: the address is not
 * usable, or is usable with a warning (a role address, a throwaway domain, no MX record)
 */
public record CheckFinding(Kind kind, boolean problem, String sentence) {

    public enum Kind {

        SYNTAX_OK(false), SYNTAX_INVALID(true), MAIL_SERVERS_FOUND(false), IMPLICIT_MAIL_SERVER(true),
        DOMAIN_ACCEPTS_NO_MAIL(true), NO_SUCH_DOMAIN(true), NO_MAIL_SERVER(true), LOOKUP_FAILED(true),
        ROLE_ADDRESS(true), DISPOSABLE_DOMAIN(true);

        private final boolean problem;

        Kind(boolean problem) {
            this.problem = problem;
        }

        public boolean isProblem() {
            return problem;
        }

    }

    public CheckFinding {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(sentence);
    }

    /** A finding flagged as its kind always is. */
    public CheckFinding(Kind kind, String sentence) {
        this(kind, kind.isProblem(), sentence);
    }

}
