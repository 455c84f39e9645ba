package com.headroom.email;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * DNS as a test says it is: every domain has a mail server unless the test gave it
 * another answer. The application's checks ask it instead of the internet.
 */
public final class TestMailDomains implements MailDomains {

    private final Map<String, MailDomainAnswer> answers = new ConcurrentHashMap<>();

    @Override
    public MailDomainAnswer lookUp(String domain) {
        String key = domain.toLowerCase(Locale.ROOT);
        return answers.getOrDefault(key, MailDomainAnswer.mailServers(List.of("mx1." + key), Duration.ofHours(1)));
    }

    public void answer(String domain, MailDomainAnswer answer) {
        answers.put(domain.toLowerCase(Locale.ROOT), answer);
    }

    public void reset() {
        answers.clear();
    }

    @TestConfiguration
    public static class Config {

        @Bean
        @Primary
        TestMailDomains testMailDomains() {
            return new TestMailDomains();
        }

    }

}
