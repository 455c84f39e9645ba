package com.headroom;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its security-context strategy globally when an application context
 * starts. Several contexts live in one test JVM (H2, MariaDB, web server, the start-up
 * tests), so before each test the global strategy is set back to the one of the context
 * the test runs in.
 */
public class OwnSecurityContextStrategy implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext()
            .getBeanProvider(SecurityContextHolderStrategy.class)
            .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

}
