package com.headroom.team;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused start into Spring Boot's "APPLICATION FAILED TO START" with what to do.
 */
class NoAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<NoAdministratorException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoAdministratorException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set HEADROOM_ADMIN_EMAIL to the first administrator's e-mail address and HEADROOM_ADMIN_PASSWORD"
                        + " to a password of at least 12 characters that is not a common one, then start again."
                        + " They are read only while the database holds no account.",
                cause);
    }

}
