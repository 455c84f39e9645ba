package com.headroom.email;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The address checks ask DNS for mail servers through a cache that keeps each answer for
 * its time to live; tests put a resolver of their own in its place.
 */
@Configuration
class EmailConfig {

    @Bean
    MailDomains mailDomains(Clock clock) {
        return new CachedMailDomains(new DnsMailDomains(), clock);
    }

    @Bean
    AddressCheck addressCheck(MailDomains mailDomains) {
        return new AddressCheck(mailDomains, AddressCheck.bundledDisposableDomains());
    }

}
