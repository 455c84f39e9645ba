package com.headroom.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.Type;

/**
 * What DNS answers become, without the network: a resolver that answers from a small zone
 * the test writes, and one real resolver pointed at a port where nothing listens.
 */
class DnsMailDomainsTest {

    private static final Duration SHORT = Duration.ofMillis(500);

    private final Zone zone = new Zone().mx("acme.com", 3600, 20, "mx2.acme.com")
        .mx("acme.com", 600, 10, "mx1.acme.com")
        .mx("nullmx.com", 86400, 0, ".")
        .a("bare.com", 300, new byte[] { (byte) 192, 0, 2, 1 })
        .a("both.com", 900, new byte[] { (byte) 192, 0, 2, 2 })
        .aaaa("both.com", 120)
        .aaaa("six.com", 240)
        .exists("acme-corp.io")
        .mx("xn--mller-kva.de", 3600, 10, "mx.xn--mller-kva.de")
        .serverFailure("broken.com")
        .silent("silent.com");

    private final DnsMailDomains dns = new DnsMailDomains(zone, SHORT);

    static Stream<Arguments> answers() {
        return Stream.of(
                // domain, kind, mail servers, ttl in seconds
                Arguments.of("acme.com", MailDomainAnswer.Kind.MAIL_SERVERS, List.of("mx1.acme.com", "mx2.acme.com"),
                        600),
                Arguments.of("nullmx.com", MailDomainAnswer.Kind.NULL_MX, List.of(), 86400),
                Arguments.of("bare.com", MailDomainAnswer.Kind.NO_MX_BUT_ADDRESS, List.of(), 300),
                Arguments.of("both.com", MailDomainAnswer.Kind.NO_MX_BUT_ADDRESS, List.of(), 120),
                Arguments.of("six.com", MailDomainAnswer.Kind.NO_MX_BUT_ADDRESS, List.of(), 240),
                Arguments.of("acme-corp.io", MailDomainAnswer.Kind.NO_MAIL_SERVER, List.of(), 0),
                Arguments.of("gone.com", MailDomainAnswer.Kind.NO_SUCH_DOMAIN, List.of(), 0),
                Arguments.of("broken.com", MailDomainAnswer.Kind.LOOKUP_FAILED, List.of(), 0),
                Arguments.of("müller.de", MailDomainAnswer.Kind.MAIL_SERVERS, List.of("mx.xn--mller-kva.de"), 3600),
                Arguments.of("ACME.com", MailDomainAnswer.Kind.MAIL_SERVERS, List.of("mx1.acme.com", "mx2.acme.com"),
                        600));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("answers")
    void each_dns_answer_becomes_its_kind(String domain, MailDomainAnswer.Kind kind, List<String> servers,
            long ttlSeconds) {
        MailDomainAnswer answer = dns.lookUp(domain);

        assertThat(answer.kind()).isEqualTo(kind);
        assertThat(answer.mailServers()).containsExactlyElementsOf(servers);
        assertThat(answer.ttl()).isEqualTo(Duration.ofSeconds(ttlSeconds));
    }

    @Test
    void a_domain_with_mail_servers_is_not_asked_for_its_addresses() {
        dns.lookUp("acme.com");

        assertThat(zone.questions()).containsExactly("acme.com. MX");
    }

    @Test
    void a_name_server_that_never_answers_is_given_up_on_after_the_timeout() {
        long started = System.nanoTime();

        assertThat(dns.lookUp("silent.com").kind()).isEqualTo(MailDomainAnswer.Kind.LOOKUP_FAILED);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @ValueSource(strings = { "acme..com", "-acme.com", "acme-.com", "acme", "[192.168.0.1]", "192.168.0.1", "acme.com.",
            "a_b.com", "acme com", "", "acme.c\u0000m" })
    void what_is_not_a_domain_name_is_refused_before_any_query(String domain) {
        assertThatThrownBy(() -> dns.lookUp(domain)).isInstanceOf(IllegalArgumentException.class);
        assertThat(zone.questions()).isEmpty();
    }

    @Test
    void a_port_where_no_name_server_listens_is_a_failed_lookup_not_an_error() throws Exception {
        int unused;
        try (var socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            unused = socket.getLocalPort();
        }
        var nobody = new SimpleResolver(new InetSocketAddress(InetAddress.getLoopbackAddress(), unused));
        long started = System.nanoTime();

        assertThat(new DnsMailDomains(nobody, SHORT).lookUp("acme.com").kind())
            .isEqualTo(MailDomainAnswer.Kind.LOOKUP_FAILED);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void the_timeout_is_never_zero() {
        assertThatThrownBy(() -> new DnsMailDomains(zone, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A resolver that answers from records the test lists, and counts what it was asked.
     */
    private static final class Zone implements Resolver {

        private final List<Record> records = new ArrayList<>();

        private final Set<Name> existing = new HashSet<>();

        private final Set<Name> failing = new HashSet<>();

        private final Set<Name> silent = new HashSet<>();

        private final List<String> questions = new ArrayList<>();

        Zone mx(String domain, long ttl, int priority, String target) {
            return add(new MXRecord(name(domain), DClass.IN, ttl, priority, name(target)));
        }

        Zone a(String domain, long ttl, byte[] address) {
            try {
                return add(new ARecord(name(domain), DClass.IN, ttl, InetAddress.getByAddress(address)));
            }
            catch (UnknownHostException e) {
                throw new IllegalArgumentException(e);
            }
        }

        Zone aaaa(String domain, long ttl) {
            try {
                byte[] documentation = new byte[16];
                documentation[0] = 0x20;
                documentation[1] = 0x01;
                documentation[2] = 0x0d;
                documentation[3] = (byte) 0xb8;
                return add(new AAAARecord(name(domain), DClass.IN, ttl, InetAddress.getByAddress(documentation)));
            }
            catch (UnknownHostException e) {
                throw new IllegalArgumentException(e);
            }
        }

        Zone exists(String domain) {
            existing.add(name(domain));
            return this;
        }

        Zone serverFailure(String domain) {
            failing.add(name(domain));
            return this;
        }

        Zone silent(String domain) {
            silent.add(name(domain));
            return this;
        }

        synchronized List<String> questions() {
            return List.copyOf(questions);
        }

        private Zone add(Record record) {
            records.add(record);
            existing.add(record.getName());
            return this;
        }

        private static Name name(String domain) {
            return Name.fromConstantString(domain.endsWith(".") ? domain : domain + ".");
        }

        @Override
        public CompletionStage<Message> sendAsync(Message query) {
            return sendAsync(query, Runnable::run);
        }

        @Override
        public CompletionStage<Message> sendAsync(Message query, Executor executor) {
            Record question = query.getQuestion();
            synchronized (this) {
                questions.add(question.getName() + " " + Type.string(question.getType()));
            }
            if (silent.contains(question.getName())) {
                return new CompletableFuture<>();
            }
            var response = new Message(query.getHeader().getID());
            response.getHeader().setFlag(Flags.QR);
            response.getHeader().setFlag(Flags.RD);
            response.getHeader().setFlag(Flags.RA);
            response.addRecord(question, Section.QUESTION);
            if (failing.contains(question.getName())) {
                response.getHeader().setRcode(Rcode.SERVFAIL);
            }
            else if (!existing.contains(question.getName())) {
                response.getHeader().setRcode(Rcode.NXDOMAIN);
            }
            else {
                records.stream()
                    .filter(record -> record.getName().equals(question.getName())
                            && record.getType() == question.getType())
                    .forEach(record -> response.addRecord(record, Section.ANSWER));
            }
            return CompletableFuture.completedFuture(response);
        }

        @Override
        public void setPort(int port) {
        }

        @Override
        public void setTCP(boolean flag) {
        }

        @Override
        public void setIgnoreTruncation(boolean flag) {
        }

        @Override
        public void setEDNS(int version, int payloadSize, int flags, List<EDNSOption> options) {
        }

        @Override
        public void setTSIGKey(TSIG key) {
        }

        @Override
        public void setTimeout(Duration timeout) {
        }

    }

}
