package com.headroom.email;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.lookup.LookupResult;
import org.xbill.DNS.lookup.LookupSession;
import org.xbill.DNS.lookup.NoSuchDomainException;
import org.xbill.DNS.lookup.NoSuchRRSetException;

/**
 * Asks DNS which servers take mail for a domain: its MX records, and when it has none its
 * A and AAAA records (RFC 5321's implicit MX). Nothing else: no connection to any mail
 * server, ever. Remembering answers is {@link CachedMailDomains}'s job; this asks every
 * time.
 *
 * <p>
 * The whole question (MX, then A and AAAA side by side) has one time limit, so that a
 * check never waits longer than that for a silent name server.
 */
public final class DnsMailDomains implements MailDomains {

    public static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final LookupSession session;

    private final Duration timeout;

    /** Asks the name servers the machine is configured with, {@link #TIMEOUT} at most. */
    public DnsMailDomains() {
        this(new ExtendedResolver(), TIMEOUT);
    }

    /**
     * Asks through the given resolver (whose timeout this sets), giving up after
     * {@code timeout}.
     */
    public DnsMailDomains(Resolver resolver, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a lookup needs some time: " + timeout);
        }
        resolver.setTimeout(timeout);
        // No search path and no hosts file: "acme.com" means acme.com, not
        // acme.com.office.local or a line in /etc/hosts. No cache of dnsjava's own:
        // CachedMailDomains keeps answers with Headroom's rules.
        this.session = LookupSession.builder().resolver(resolver).clearSearchPath().clearCaches().build();
        this.timeout = timeout;
    }

    @Override
    public MailDomainAnswer lookUp(String domain) {
        Name name = nameOf(domain);
        CompletableFuture<MailDomainAnswer> answer = ask(name, Type.MX).thenCompose(mx -> switch (mx) {
            case Found found -> CompletableFuture.completedFuture(fromMx(found.records()));
            case Outcome.NO_SUCH_DOMAIN -> CompletableFuture.completedFuture(MailDomainAnswer.noSuchDomain());
            case Outcome.NO_RECORDS ->
                ask(name, Type.A).thenCombine(ask(name, Type.AAAA), DnsMailDomains::fromAddresses);
            default -> CompletableFuture.completedFuture(MailDomainAnswer.lookupFailed());
        }).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return answer.get();
        }
        catch (ExecutionException timedOutOrBroken) {
            return MailDomainAnswer.lookupFailed();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return MailDomainAnswer.lookupFailed();
        }
    }

    /** The absolute DNS name of a domain, refused before any query when it is not one. */
    static Name nameOf(String domain) {
        String ascii = DomainNames.toAscii(domain);
        if (ascii == null) {
            throw new IllegalArgumentException("Not a domain name: " + domain);
        }
        try {
            return Name.fromString(ascii, Name.root);
        }
        catch (TextParseException e) {
            throw new IllegalArgumentException("Not a domain name: " + domain, e);
        }
    }

    /** What one query came back with. */
    private sealed interface Answered permits Found, Outcome {

    }

    private record Found(List<Record> records) implements Answered {
    }

    private enum Outcome implements Answered {

        NO_SUCH_DOMAIN, NO_RECORDS, FAILED

    }

    private CompletableFuture<Answered> ask(Name name, int type) {
        return session.lookupAsync(name, type).toCompletableFuture().handle(DnsMailDomains::answered);
    }

    private static Answered answered(@Nullable LookupResult result, @Nullable Throwable failure) {
        Throwable cause = failure instanceof CompletionException wrapped && wrapped.getCause() != null
                ? wrapped.getCause() : failure;
        if (cause instanceof NoSuchDomainException) {
            return Outcome.NO_SUCH_DOMAIN;
        }
        if (cause instanceof NoSuchRRSetException) {
            return Outcome.NO_RECORDS;
        }
        if (cause != null || result == null) {
            return Outcome.FAILED;
        }
        return result.getRecords().isEmpty() ? Outcome.NO_RECORDS : new Found(result.getRecords());
    }

    private static MailDomainAnswer fromMx(List<Record> records) {
        List<MXRecord> mx = records.stream()
            .filter(MXRecord.class::isInstance)
            .map(MXRecord.class::cast)
            .sorted(Comparator.comparingInt(MXRecord::getPriority)
                .thenComparing(record -> record.getTarget().toString(true)))
            .toList();
        Duration ttl = shortestTtl(records);
        // RFC 7505: a lone MX pointing at the root ("0 .") says no mail is accepted; a
        // root
        // target among real ones is a mistake and is passed over.
        List<String> servers = mx.stream()
            .map(MXRecord::getTarget)
            .filter(target -> !target.equals(Name.root))
            .map(target -> target.toString(true))
            .distinct()
            .toList();
        if (mx.isEmpty()) {
            return MailDomainAnswer.lookupFailed();
        }
        return servers.isEmpty() ? MailDomainAnswer.nullMx(ttl) : MailDomainAnswer.mailServers(servers, ttl);
    }

    private static MailDomainAnswer fromAddresses(Answered a, Answered aaaa) {
        if (a instanceof Found || aaaa instanceof Found) {
            List<Record> addresses = Stream.of(a, aaaa)
                .flatMap(answered -> answered instanceof Found found ? found.records().stream() : Stream.empty())
                .toList();
            return MailDomainAnswer.noMxButAddress(shortestTtl(addresses));
        }
        return a == Outcome.FAILED || aaaa == Outcome.FAILED ? MailDomainAnswer.lookupFailed()
                : MailDomainAnswer.noMailServer();
    }

    private static Duration shortestTtl(List<Record> records) {
        return Duration.ofSeconds(records.stream().mapToLong(Record::getTTL).min().orElse(0));
    }

}
