package com.headroom;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Marks a test that drives Debian's headless Chromium through its chromedriver. Where
 * they are not installed the test is skipped with a message, unless
 * HEADROOM_REQUIRE_BROWSER=true (CI), where it fails. Nothing is ever downloaded. A test
 * method that takes a {@link Chromium} gets one of its own, on the port of the test's web
 * server, quit after the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({ BrowserTest.Condition.class, BrowserTest.OneChromiumPerTest.class })
public @interface BrowserTest {

    /**
     * Starts the browser a test method asks for on the Spring Boot test's random port,
     * and quits it after.
     */
    final class OneChromiumPerTest implements ParameterResolver, AfterEachCallback {

        private static final ExtensionContext.Namespace CHROMIUM = ExtensionContext.Namespace
            .create(OneChromiumPerTest.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Chromium.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            int port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
            try {
                var chromium = new Chromium(port);
                context.getStore(CHROMIUM).put(Chromium.class, chromium);
                return chromium;
            }
            catch (Exception e) {
                throw new ParameterResolutionException("Chromium did not start for port " + port, e);
            }
        }

        @Override
        public void afterEach(ExtensionContext context) {
            var chromium = context.getStore(CHROMIUM).remove(Chromium.class, Chromium.class);
            if (chromium != null) {
                chromium.close();
            }
        }

    }

    final class Condition implements ExecutionCondition {

        static Path chromium() {
            return Path.of(env("HEADROOM_CHROMIUM", "/usr/bin/chromium"));
        }

        static Path chromedriver() {
            return Path.of(env("HEADROOM_CHROMEDRIVER", "/usr/bin/chromedriver"));
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }

        static boolean installed() {
            return Files.isExecutable(chromium()) && Files.isExecutable(chromedriver());
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (installed()) {
                return ConditionEvaluationResult.enabled("Chromium at " + chromium());
            }
            if ("true".equalsIgnoreCase(env("HEADROOM_REQUIRE_BROWSER", "false"))) {
                throw new IllegalStateException(
                        "HEADROOM_REQUIRE_BROWSER=true but Chromium or chromedriver is missing (" + chromium() + ", "
                                + chromedriver() + ").");
            }
            String message = "Browser test " + context.getDisplayName() + " SKIPPED: no Chromium/chromedriver at "
                    + chromium() + " / " + chromedriver() + " (apt-get install chromium chromium-driver).";
            System.out.println("[headroom] " + message);
            return ConditionEvaluationResult.disabled(message);
        }

    }

}
