package com.headroom;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application context most tests share: the whole app on in-memory H2 with the demo
 * organisation. One annotation, so that Spring caches one context for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestData.class, TestClock.Config.class, com.headroom.email.TestMailDomains.Config.class,
        com.headroom.outreach.LedgerDigestProbe.class })
public @interface HeadroomTest {

}
