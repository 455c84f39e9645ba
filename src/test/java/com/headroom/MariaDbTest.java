package com.headroom;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test that needs a real MariaDB. Without HEADROOM_TEST_MARIADB_URL it is skipped
 * with a message saying how to run it, unless HEADROOM_REQUIRE_MARIADB=true, where it
 * fails instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(MariaDbTest.Condition.class)
public @interface MariaDbTest {

    final class Condition implements ExecutionCondition {

        static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }

        static String url() {
            return env("HEADROOM_TEST_MARIADB_URL", null);
        }

        static boolean required() {
            return "true".equalsIgnoreCase(env("HEADROOM_REQUIRE_MARIADB", "false"));
        }

        static void failIfRequiredButMissing() {
            if (url() == null && required()) {
                throw new IllegalStateException("HEADROOM_REQUIRE_MARIADB=true but HEADROOM_TEST_MARIADB_URL is not"
                        + " set: the MariaDB tests must run here.");
            }
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (url() != null || required()) {
                return ConditionEvaluationResult.enabled("MariaDB tests run against " + url());
            }
            String message = "MariaDB test " + context.getDisplayName() + " SKIPPED: set HEADROOM_TEST_MARIADB_URL"
                    + " (for example jdbc:mariadb://127.0.0.1:3306/headroom_test?sslMode=disable) to run it;"
                    + " .ci/run does.";
            System.out.println("[headroom] " + message);
            return ConditionEvaluationResult.disabled(message);
        }

    }

}
