package com.headroom.email;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What DNS said about mail for one domain.
 *
 * @param kind which of the possible answers it is
 * @param mailServers the MX hosts, most preferred first; empty unless {@code kind} is
 * {@link Kind#MAIL_SERVERS}
 * @param ttl how long DNS said the answer holds (the shortest TTL of the records);
 * {@link Duration#ZERO} when DNS gave no records, and {@link CachedMailDomains} decides
 */
public record MailDomainAnswer(Kind kind, List<String> mailServers, Duration ttl) {

    public enum Kind {

        /** MX records naming at least one server. */
        MAIL_SERVERS,
        /**
         * No MX record but an A or AAAA record: by RFC 5321's implicit MX, mail would go
         * to the domain's own server.
         */
        NO_MX_BUT_ADDRESS,
        /** The RFC 7505 null MX ({@code 0 .}): the domain says it accepts no mail. */
        NULL_MX,
        /** DNS says the domain does not exist (NXDOMAIN). */
        NO_SUCH_DOMAIN,
        /** The domain exists but has no MX, A or AAAA record. */
        NO_MAIL_SERVER,
        /** DNS did not answer in time or answered with an error: nothing is known. */
        LOOKUP_FAILED

    }

    public MailDomainAnswer {
        Objects.requireNonNull(kind);
        mailServers = List.copyOf(mailServers);
        if ((kind == Kind.MAIL_SERVERS) == mailServers.isEmpty()) {
            throw new IllegalArgumentException("mail servers are named for MAIL_SERVERS answers only, and always");
        }
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("a TTL is never negative: " + ttl);
        }
    }

    public static MailDomainAnswer mailServers(List<String> mailServers, Duration ttl) {
        return new MailDomainAnswer(Kind.MAIL_SERVERS, mailServers, ttl);
    }

    public static MailDomainAnswer noMxButAddress(Duration ttl) {
        return new MailDomainAnswer(Kind.NO_MX_BUT_ADDRESS, List.of(), ttl);
    }

    public static MailDomainAnswer nullMx(Duration ttl) {
        return new MailDomainAnswer(Kind.NULL_MX, List.of(), ttl);
    }

    public static MailDomainAnswer noSuchDomain() {
        return new MailDomainAnswer(Kind.NO_SUCH_DOMAIN, List.of(), Duration.ZERO);
    }

    public static MailDomainAnswer noMailServer() {
        return new MailDomainAnswer(Kind.NO_MAIL_SERVER, List.of(), Duration.ZERO);
    }

    public static MailDomainAnswer lookupFailed() {
        return new MailDomainAnswer(Kind.LOOKUP_FAILED, List.of(), Duration.ZERO);
    }

}
