package com.headroom.security;

import static com.headroom.security.OverHttp.CSRF;
import static com.headroom.security.OverHttp.SESSION;
import static com.headroom.security.OverHttp.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.WebAppTest;
import com.headroom.base.AuditEntry;
import com.headroom.base.AuditLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in throttling over real HTTP: the login form's POST, as a browser sends it. Each
 * test comes "through the proxy" from an address of its own (X-Forwarded-For from
 * 127.0.0.1, which Tomcat trusts), so that the address counter of one test never
 * throttles another.
 */
@WebAppTest
class SignInThrottleOverHttpIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    AuditLog auditLog;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String address;

    private long lastPostNanos;

    private String lastSession;

    @BeforeEach
    void ownAddressAndAFixedClock() {
        address = "198.51." + ThreadLocalRandom.current().nextInt(0, 256) + "."
                + ThreadLocalRandom.current().nextInt(1, 255);
        clock.set(clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void fifty_wrong_passwords_then_the_right_one_is_refused_and_works_after_the_delay() throws Exception {
        var person = testData.member("Guessed At", testData.team("Throttled").id());
        List<String> answers = new ArrayList<>();
        long wrongNanos = 0;
        long throttledNanos = 0;
        for (int i = 0; i < 50; i++) {
            answers.add(signIn(person.email(), "wrong password number " + i));
            long took = lastPostNanos;
            if (i < 5) {
                wrongNanos += took;
            }
            else {
                throttledNanos += took;
            }
        }
        System.out.printf("[headroom] sign-in over HTTP: a wrong password (bcrypt) %.1f ms, a throttled try %.1f ms"
                + " (the POST alone, mean of 5 and of 45)%n", wrongNanos / 5 / 1e6, throttledNanos / 45 / 1e6);

        assertThat(answers.subList(0, 5)).as("five free tries").allMatch(l -> l.endsWith("/login?error"));
        assertThat(answers.subList(5, 50)).as("then a wait, not even checked")
            .allMatch(l -> l.endsWith("/login?throttled=1"));
        assertThat(signIn(person.email(), TestData.PASSWORD)).as("the right password waits too")
            .endsWith("/login?throttled=1");

        clock.advance(Duration.ofSeconds(31));
        assertThat(signIn(person.email(), TestData.PASSWORD)).as("after the delay it works").endsWith("/");

        // And the account starts afresh: five more free tries.
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(person.email(), "wrong again " + i)).endsWith("/login?error");
        }

        var lines = SystemAuthentication.callAsSystem(() -> auditLog
            .page(AuditLog.SIGN_IN, person.email(), PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "id")))
            .getContent());
        assertThat(lines).extracting(AuditEntry::action)
            .contains("Sign-in failed", "Sign-in refused: too many tries", "Signed in");
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.clientAddress()).isEqualTo(address);
            assertThat(line.actor()).isEqualTo(person.email());
            assertThat(String.valueOf(line.newValue())).doesNotContain("wrong");
        });
        assertThat(lines.stream().filter(l -> l.action().startsWith("Sign-in refused")).count()).isEqualTo(46);
    }

    @Test
    void the_delay_grows_with_each_further_failure() throws Exception {
        var person = testData.member("Slow Typist", testData.team("Throttled").id());
        for (int i = 0; i < 5; i++) {
            signIn(person.email(), "nope " + i);
        }
        clock.advance(Duration.ofSeconds(30));
        assertThat(signIn(person.email(), "sixth")).as("30 s after the fifth").endsWith("/login?error");
        clock.advance(Duration.ofSeconds(59));
        assertThat(signIn(person.email(), TestData.PASSWORD)).as("a minute after the sixth")
            .endsWith("/login?throttled=1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(person.email(), "seventh")).endsWith("/login?error");
        assertThat(signIn(person.email(), TestData.PASSWORD)).as("two minutes after the seventh")
            .endsWith("/login?throttled=2");
        clock.advance(Duration.ofMinutes(2));
        assertThat(signIn(person.email(), TestData.PASSWORD)).endsWith("/");
    }

    @Test
    void an_email_nobody_has_is_throttled_the_same_way() throws Exception {
        String nobody = TestData.unique("nobody").toLowerCase() + "@nowhere.example";
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            answers.add(signIn(nobody, "guess " + i));
        }
        assertThat(answers.subList(0, 5)).allMatch(l -> l.endsWith("/login?error"));
        assertThat(answers.subList(5, 7)).allMatch(l -> l.endsWith("/login?throttled=1"));
    }

    @Test
    void one_address_trying_many_accounts_is_throttled_after_twenty_failures() throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            answers.add(signIn(TestData.unique("spray").toLowerCase() + "@acme.example", "Summer2026!"));
        }
        assertThat(answers.subList(0, 20)).allMatch(l -> l.endsWith("/login?error"));
        assertThat(answers.get(20)).endsWith("/login?throttled=1");
    }

    @Test
    void two_nodes_on_one_database_count_the_same_tries() throws Exception {
        var person = testData.member("Two Nodes", testData.team("Throttled").id());
        // A second node: its own service and store, only the database in common.
        var jdbc = new JdbcTemplate(dataSource);
        var otherNode = new SignInThrottle(new SignInThrottleStore(jdbc), clock);
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        for (int i = 0; i < 3; i++) {
            assertThat(signIn(person.email(), "wrong " + i)).endsWith("/login?error");
        }
        for (int i = 0; i < 2; i++) {
            var verdict = transactions.execute(s -> otherNode.claim(person.email(), "192.0.2.1"));
            assertThat(verdict.allowed()).as("the other node counts the fourth and fifth").isTrue();
        }
        assertThat(transactions.execute(s -> otherNode.claim(person.email(), "192.0.2.1")).allowed())
            .as("the other node refuses the sixth")
            .isFalse();
        assertThat(signIn(person.email(), TestData.PASSWORD)).as("and so does this one").endsWith("/login?throttled=1");
        assertThat(otherNode.waitFor(person.email(), "192.0.2.1")).isEqualTo(Duration.ofSeconds(30));

        clock.advance(Duration.ofSeconds(30));
        assertThat(signIn(person.email(), TestData.PASSWORD)).endsWith("/");
        assertThat(otherNode.waitFor(person.email(), "192.0.2.1")).as("the success cleared it for both").isZero();
    }

    @Test
    void the_clean_up_job_forgets_keys_quiet_for_an_hour() throws Exception {
        String email = TestData.unique("forgotten").toLowerCase() + "@acme.example";
        signIn(email, "wrong");
        var jdbc = new JdbcTemplate(dataSource);
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_throttle", Integer.class);
        clock.advance(Duration.ofMinutes(61));
        int deleted = SystemAuthentication
            .callAsSystem(() -> new SignInThrottle(new SignInThrottleStore(jdbc), clock).forgetQuietKeys());
        assertThat(deleted).as("at least this test's e-mail and address").isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_throttle", Integer.class))
            .isEqualTo(before - deleted);
    }

    @Test
    void signing_out_is_audited_with_the_client_address() throws Exception {
        var person = testData.member("Leaves Soon", testData.team("Throttled").id());
        assertThat(signIn(person.email(), TestData.PASSWORD)).endsWith("/");
        var home = http.send(HttpRequest.newBuilder(uri("/"))
            .header("X-Forwarded-For", address)
            .header("Cookie", "JSESSIONID=" + lastSession)
            .build(), HttpResponse.BodyHandlers.ofString());
        var csrf = CSRF.matcher(home.body());
        assertThat(csrf.find()).as("the signed-in page carries a CSRF token").isTrue();
        var out = http.send(HttpRequest.newBuilder(uri("/logout"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-For", address)
            .header("Cookie", "JSESSIONID=" + lastSession)
            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf.group(1))))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(out.statusCode()).isEqualTo(302);

        var newest = SystemAuthentication
            .callAsSystem(() -> auditLog
                .page(AuditLog.SIGN_IN, person.email(), PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "id")))
                .getContent())
            .getFirst();
        assertThat(newest.action()).isEqualTo("Signed out");
        assertThat(newest.clientAddress()).isEqualTo(address);
    }

    /** One try through the login form; returns where the answer redirects. */
    private String signIn(String email, String password) throws Exception {
        var loginPage = http.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", address).build(),
                HttpResponse.BodyHandlers.ofString());
        var csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        String session = loginPage.headers()
            .allValues("Set-Cookie")
            .stream()
            .map(SESSION::matcher)
            .filter(m -> m.find())
            .map(m -> m.group(1))
            .findFirst()
            .orElseThrow();
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        long start = System.nanoTime();
        var answer = http.send(HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-For", address)
            .header("Cookie", "JSESSIONID=" + session)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(), HttpResponse.BodyHandlers.ofString());
        lastPostNanos = System.nanoTime() - start;
        lastSession = answer.headers()
            .allValues("Set-Cookie")
            .stream()
            .map(SESSION::matcher)
            .filter(m -> m.find())
            .map(m -> m.group(1))
            .findFirst()
            .orElse(session);
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

}
