package com.headroom.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DNS answers remembered as long as they hold, on a clock the test moves. */
class CachedMailDomainsTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private final TestClock clock = new TestClock();

    private final FakeMailDomains dns = new FakeMailDomains();

    private final CachedMailDomains cache = new CachedMailDomains(dns, clock);

    CachedMailDomainsTest() {
        clock.set(START);
    }

    static Stream<Arguments> keptFor() {
        Duration minute = Duration.ofMinutes(1);
        return Stream.of(
                // what DNS answered, how long it is kept
                Arguments.of(MailDomainAnswer.mailServers(List.of("mx1.acme.com"), Duration.ofMinutes(10)),
                        Duration.ofMinutes(10)),
                Arguments.of(MailDomainAnswer.mailServers(List.of("mx1.acme.com"), Duration.ofSeconds(5)), minute),
                Arguments.of(MailDomainAnswer.mailServers(List.of("mx1.acme.com"), Duration.ZERO), minute),
                Arguments.of(MailDomainAnswer.mailServers(List.of("mx1.acme.com"), Duration.ofDays(7)),
                        Duration.ofDays(1)),
                Arguments.of(MailDomainAnswer.noMxButAddress(Duration.ofHours(2)), Duration.ofHours(2)),
                Arguments.of(MailDomainAnswer.nullMx(Duration.ofHours(3)), Duration.ofHours(3)),
                Arguments.of(MailDomainAnswer.noSuchDomain(), Duration.ofMinutes(5)),
                Arguments.of(MailDomainAnswer.noMailServer(), Duration.ofMinutes(5)),
                Arguments.of(new MailDomainAnswer(MailDomainAnswer.Kind.NO_MAIL_SERVER, List.of(), Duration.ofDays(1)),
                        Duration.ofMinutes(5)));
    }

    @ParameterizedTest(name = "{0} kept {1}")
    @MethodSource("keptFor")
    void an_answer_is_kept_for_its_ttl_within_bounds_and_asked_again_after(MailDomainAnswer answer, Duration keptFor) {
        dns.answer("acme.com", answer);

        assertThat(cache.lookUp("acme.com")).isEqualTo(answer);
        clock.set(START.plus(keptFor).minusSeconds(1));
        assertThat(cache.lookUp("acme.com")).isEqualTo(answer);
        assertThat(dns.asked()).as("still held a second before it expires").hasSize(1);

        clock.set(START.plus(keptFor));
        assertThat(cache.lookUp("acme.com")).isEqualTo(answer);
        assertThat(dns.asked()).as("asked again once it expired").hasSize(2);
    }

    @Test
    void a_renewed_answer_is_kept_from_when_it_was_asked_again() {
        dns.answer("acme.com", MailDomainAnswer.mailServers(List.of("mx1.acme.com"), Duration.ofMinutes(10)));
        cache.lookUp("acme.com");
        clock.set(START.plus(Duration.ofMinutes(10)));
        dns.answer("acme.com", MailDomainAnswer.mailServers(List.of("mx9.acme.com"), Duration.ofMinutes(10)));

        assertThat(cache.lookUp("acme.com").mailServers()).containsExactly("mx9.acme.com");
        clock.set(START.plus(Duration.ofMinutes(19)));
        assertThat(cache.lookUp("acme.com").mailServers()).containsExactly("mx9.acme.com");
        assertThat(dns.asked()).hasSize(2);
    }

    @Test
    void a_failed_lookup_is_not_kept_so_trying_again_asks_again() {
        dns.answer("flaky.com", MailDomainAnswer.lookupFailed());

        cache.lookUp("flaky.com");
        cache.lookUp("flaky.com");
        dns.answer("flaky.com", MailDomainAnswer.mailServers(List.of("mx.flaky.com"), Duration.ofHours(1)));

        assertThat(cache.lookUp("flaky.com").kind()).isEqualTo(MailDomainAnswer.Kind.MAIL_SERVERS);
        assertThat(dns.asked()).hasSize(3);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void a_domain_is_the_same_in_any_case() {
        dns.answer("acme.com", MailDomainAnswer.mailServers(List.of("mx1.acme.com"), Duration.ofHours(1)));

        cache.lookUp("ACME.com");
        cache.lookUp("acme.com");

        assertThat(dns.asked()).containsExactly("acme.com");
    }

    @Test
    void beyond_its_size_the_cache_drops_the_domain_stored_longest_ago() {
        var small = new CachedMailDomains(dns, clock, 2);
        for (String domain : List.of("a.com", "b.com", "c.com")) {
            dns.answer(domain, MailDomainAnswer.mailServers(List.of("mx." + domain), Duration.ofHours(1)));
            small.lookUp(domain);
        }

        assertThat(small.size()).isEqualTo(2);
        small.lookUp("c.com");
        small.lookUp("b.com");
        assertThat(dns.asked()).as("b.com and c.com still held").hasSize(3);
        small.lookUp("a.com");
        assertThat(dns.asked()).as("a.com was dropped").hasSize(4);
    }

    @Test
    void several_threads_share_one_cache() throws Exception {
        var small = new CachedMailDomains(dns, clock, 50);
        for (int i = 0; i < 200; i++) {
            dns.answer("d" + i + ".com",
                    MailDomainAnswer.mailServers(List.of("mx.d" + i + ".com"), Duration.ofHours(1)));
        }
        List<Future<Boolean>> rounds = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                rounds.add(threads.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        String domain = "d" + (i % 200) + ".com";
                        if (!small.lookUp(domain).mailServers().equals(List.of("mx." + domain))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> round : rounds) {
                assertThat(round.get()).as("every answer is the one for its domain").isTrue();
            }
        }
        assertThat(small.size()).isEqualTo(50);
    }

}
