package com.headroom.email;

import com.sanctionco.jmail.Email;
import com.sanctionco.jmail.EmailValidationResult;
import com.sanctionco.jmail.EmailValidator;
import com.sanctionco.jmail.JMail;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Checks an e-mail address without sending anything to it: how it is written (JMail,
 * strictly), whether its domain takes mail (DNS only, through {@link MailDomains}),
 * whether it is a role address ({@code info@}) and whether its domain hands out throwaway
 * addresses. Headroom never sends e-mail and never talks to a mail server (SMTP) to probe
 * a mailbox: that gets the customer's server blacklisted.
 *
 * <p>
 * Strict means: no IP address for a domain, a top-level domain of two letters or more, no
 * reserved domains ({@code example.com}, {@code .test}), no name or brackets around the
 * address, no comments, no old-style routes, and no quoted part before the {@code @}
 * ({@code "anna schmidt"@acme.com}: allowed by the standard, rarely accepted by business
 * mail systems). When the syntax is wrong, DNS is not asked.
 */
public final class AddressCheck {

    private static final String DISPOSABLE_LIST = "/email/disposable-domains.txt";

    private static final EmailValidator STRICT = JMail.strictValidator()
        .disallowReservedDomains()
        .disallowQuotedIdentifiers()
        .disallowObsoleteWhitespace()
        .disallowSingleCharacterTopLevelDomains()
        .withRule(email -> !email.localPart().startsWith("\""), SyntaxSentences.QUOTED_LOCAL_PART)
        .withRule(email -> email.comments().isEmpty(), SyntaxSentences.COMMENT);

    private final MailDomains domains;

    private final Set<String> disposableDomains;

    /**
     * @param disposableDomains lower-case domains whose addresses are throwaway (usually
     * {@link #bundledDisposableDomains()}); their subdomains count too
     */
    public AddressCheck(MailDomains domains, Set<String> disposableDomains) {
        this.domains = Objects.requireNonNull(domains);
        this.disposableDomains = Set.copyOf(disposableDomains);
    }

    /**
     * The throwaway-address domains Headroom ships with ({@value #DISPOSABLE_LIST}, from
     * the npm package disposable-email-domains), read once.
     */
    public static Set<String> bundledDisposableDomains() {
        return BundledList.DOMAINS;
    }

    /**
     * What can't be known without sending, for the README and next to every check's
     * result.
     */
    public static String whatItCannotTell() {
        return "A mail server existing does not prove the mailbox exists: catch-all domains accept mail for any"
                + " name and drop or bounce it later, and only sending a message tells for sure, but Headroom never"
                + " sends e-mail or probes a mail server (SMTP), as that gets your company's mail server blacklisted.";
    }

    /**
     * Checks the address as typed or pasted: surrounding spaces and capitals don't count.
     */
    public CheckResult check(String address, Instant at) {
        String typed = address.strip().toLowerCase(Locale.ROOT);
        EmailValidationResult syntax = STRICT.validate(typed);
        Email email = syntax.getEmail().orElse(null);
        if (syntax.isFailure() || email == null) {
            return notWritten(typed, at, SyntaxSentences.sentence(syntax.getFailureReason(), typed));
        }
        String domain = email.domain();
        String ascii = DomainNames.toAscii(domain);
        if (ascii == null) {
            // JMail is lenient with Unicode domains; DNS isn't.
            return notWritten(typed, at, SyntaxSentences.notADomain(domain));
        }
        var findings = new ArrayList<CheckFinding>();
        findings.add(new CheckFinding(CheckFinding.Kind.SYNTAX_OK, "The address is written correctly."));
        MailDomainAnswer answer = domains.lookUp(ascii);
        findings.add(domainFinding(answer, domain));
        String role = RoleAddresses.sentence(email.localPart());
        if (!role.isEmpty()) {
            findings.add(new CheckFinding(CheckFinding.Kind.ROLE_ADDRESS, role));
        }
        if (isDisposable(domain) || isDisposable(ascii)) {
            findings.add(new CheckFinding(CheckFinding.Kind.DISPOSABLE_DOMAIN, "“" + domain
                    + "” hands out throwaway addresses: whoever signed up with it may never read mail sent there."));
        }
        boolean usable = answer.kind() == MailDomainAnswer.Kind.MAIL_SERVERS
                || answer.kind() == MailDomainAnswer.Kind.NO_MX_BUT_ADDRESS;
        return new CheckResult(typed, at, usable, findings);
    }

    private static CheckResult notWritten(String typed, Instant at, String sentence) {
        return new CheckResult(typed, at, false, List.of(new CheckFinding(CheckFinding.Kind.SYNTAX_INVALID, sentence)));
    }

    private static CheckFinding domainFinding(MailDomainAnswer answer, String domain) {
        return switch (answer.kind()) {
            case MAIL_SERVERS -> new CheckFinding(CheckFinding.Kind.MAIL_SERVERS_FOUND,
                    domain + " has mail servers (" + named(answer.mailServers()) + ").");
            case NO_MX_BUT_ADDRESS -> new CheckFinding(CheckFinding.Kind.IMPLICIT_MAIL_SERVER, domain
                    + " has no MX record, so mail would go to the domain's own server, which may not take mail.");
            case NULL_MX -> new CheckFinding(CheckFinding.Kind.DOMAIN_ACCEPTS_NO_MAIL,
                    domain + " publishes a “null MX” record: it says it accepts no mail at all.");
            case NO_SUCH_DOMAIN ->
                new CheckFinding(CheckFinding.Kind.NO_SUCH_DOMAIN, domain + " does not exist in DNS.");
            case NO_MAIL_SERVER ->
                new CheckFinding(CheckFinding.Kind.NO_MAIL_SERVER, domain + " has no MX or address record.");
            case LOOKUP_FAILED -> new CheckFinding(CheckFinding.Kind.LOOKUP_FAILED,
                    "Could not reach DNS to check " + domain + "; try again later.");
        };
    }

    /** "mx1.acme.com, mx2.acme.com and 2 more" */
    private static String named(List<String> servers) {
        int shown = 3;
        if (servers.size() <= shown) {
            return String.join(", ", servers);
        }
        return String.join(", ", servers.subList(0, shown)) + " and " + (servers.size() - shown) + " more";
    }

    /**
     * The domain or one of its parents (x.mailinator.com), short of the top-level domain.
     */
    private boolean isDisposable(String domain) {
        for (String candidate = domain; candidate.indexOf('.') > 0; candidate = candidate
            .substring(candidate.indexOf('.') + 1)) {
            if (disposableDomains.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Loaded on first use, as it holds some 120,000 domains. */
    private static final class BundledList {

        static final Set<String> DOMAINS = read();

        private static Set<String> read() {
            try (InputStream in = AddressCheck.class.getResourceAsStream(DISPOSABLE_LIST)) {
                if (in == null) {
                    throw new IllegalStateException(DISPOSABLE_LIST + " is missing from the build");
                }
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                return Set.copyOf(reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .toList());
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

    }

}
