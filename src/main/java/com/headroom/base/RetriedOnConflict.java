package com.headroom.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.SQLTransientException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.resilience.annotation.Retryable;

/**
 * A write that is tried once more, in a new transaction, when the database turns it away
 * for a reason that a second try cures: a Galera certification conflict (two nodes wrote
 * the same rows; the loser's commit fails as a deadlock, SQLSTATE 40001), a lock wait or
 * deadlock on one server, or a connection that Connector/J's failover replaced in the
 * middle of the transaction. Spring's retry runs outside the transaction, so each try has
 * its own.
 *
 * <p>
 * Only for methods that are safe to run twice: each either carries its caller's
 * idempotency key (a first try that did commit, with its answer lost, is found and
 * answered again, never written twice) or works out what to write from what is stored.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(includes = { TransientDataAccessException.class, SQLTransientException.class }, maxRetries = 1, delay = 100,
        jitter = 50)
public @interface RetriedOnConflict {

}
