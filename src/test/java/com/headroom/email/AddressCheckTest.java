package com.headroom.email;

import static com.headroom.email.CheckFinding.Kind.DISPOSABLE_DOMAIN;
import static com.headroom.email.CheckFinding.Kind.DOMAIN_ACCEPTS_NO_MAIL;
import static com.headroom.email.CheckFinding.Kind.IMPLICIT_MAIL_SERVER;
import static com.headroom.email.CheckFinding.Kind.LOOKUP_FAILED;
import static com.headroom.email.CheckFinding.Kind.MAIL_SERVERS_FOUND;
import static com.headroom.email.CheckFinding.Kind.NO_MAIL_SERVER;
import static com.headroom.email.CheckFinding.Kind.NO_SUCH_DOMAIN;
import static com.headroom.email.CheckFinding.Kind.ROLE_ADDRESS;
import static com.headroom.email.CheckFinding.Kind.SYNTAX_INVALID;
import static com.headroom.email.CheckFinding.Kind.SYNTAX_OK;
import static org.assertj.core.api.Assertions.assertThat;

import com.sanctionco.jmail.FailureReason;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checking an address without sending anything: each case as a sales rep would read it.
 */
class AddressCheckTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:30:00Z");

    private static final Duration HOUR = Duration.ofHours(1);

    private final FakeMailDomains dns = new FakeMailDomains()
        .answer("acme.com", MailDomainAnswer.mailServers(List.of("mx1.acme.com", "mx2.acme.com"), HOUR))
        .answer("nullmx.com", MailDomainAnswer.nullMx(HOUR))
        .answer("bare.com", MailDomainAnswer.noMxButAddress(HOUR))
        .answer("acme-corp.io", MailDomainAnswer.noMailServer())
        .answer("flaky.com", MailDomainAnswer.lookupFailed())
        .answer("xn--mller-kva.de", MailDomainAnswer.mailServers(List.of("mx.mueller.de"), HOUR))
        .answer("mailinator.com", MailDomainAnswer.mailServers(List.of("mail.mailinator.com"), HOUR))
        .answer("x.mailinator.com", MailDomainAnswer.mailServers(List.of("mail.mailinator.com"), HOUR));

    private final AddressCheck check = new AddressCheck(dns, AddressCheck.bundledDisposableDomains());

    static Stream<Arguments> addresses() {
        return Stream.of(
                // typed, usable, kinds found, the sentence of the last finding
                Arguments.of("anna.schmidt@acme.com", true, List.of(SYNTAX_OK, MAIL_SERVERS_FOUND),
                        "acme.com has mail servers (mx1.acme.com, mx2.acme.com)."),
                Arguments.of("  Anna.Schmidt@ACME.com\t", true, List.of(SYNTAX_OK, MAIL_SERVERS_FOUND),
                        "acme.com has mail servers (mx1.acme.com, mx2.acme.com)."),
                Arguments.of("anna@müller.de", true, List.of(SYNTAX_OK, MAIL_SERVERS_FOUND),
                        "müller.de has mail servers (mx.mueller.de)."),
                Arguments.of("anna.schmidt.acme.com", false, List.of(SYNTAX_INVALID), "The address has no “@”."),
                Arguments.of("anna@schmidt@acme.com", false, List.of(SYNTAX_INVALID),
                        "The address has more than one “@”."),
                Arguments.of("anna@acme..com", false, List.of(SYNTAX_INVALID),
                        "The domain part “acme..com” is not a valid domain: it has two dots in a row."),
                Arguments.of("anna..schmidt@acme.com", false, List.of(SYNTAX_INVALID),
                        "The part before the “@” has two dots in a row."),
                Arguments.of("anna@-acme.com", false, List.of(SYNTAX_INVALID),
                        "The domain part “-acme.com” is not a valid domain: a part of it starts with a dash."),
                Arguments.of("anna@acme", false, List.of(SYNTAX_INVALID),
                        "The domain part “acme” is not a valid domain: it has no ending such as .com."),
                Arguments.of("anna@[192.168.0.1]", false, List.of(SYNTAX_INVALID),
                        "The address ends in a server's IP address (“[192.168.0.1]”) instead of a company's domain."),
                Arguments.of("anna@192.168.0.1", false, List.of(SYNTAX_INVALID),
                        "The address ends in a server's IP address (“192.168.0.1”) instead of a company's domain."),
                Arguments.of("\"anna schmidt\"@acme.com", false, List.of(SYNTAX_INVALID),
                        "The part before the “@” is in quotes (\"anna schmidt\"): e-mail allows it, but business"
                                + " mail systems rarely accept it, so Headroom does not use it."),
                Arguments.of("Anna Schmidt <anna@acme.com>", false, List.of(SYNTAX_INVALID),
                        "The address has a name or brackets with it: paste only the address, such as anna@acme.com."),
                Arguments.of("(work)anna@acme.com", false, List.of(SYNTAX_INVALID),
                        "The address has a comment in brackets: paste only the address, such as anna@acme.com."),
                Arguments.of("anna@example.com", false, List.of(SYNTAX_INVALID),
                        "The domain “example.com” is reserved for examples and tests: no one has mail there."),
                Arguments.of("", false, List.of(SYNTAX_INVALID), "The address is empty."),
                Arguments.of("anna@nullmx.com", false, List.of(SYNTAX_OK, DOMAIN_ACCEPTS_NO_MAIL),
                        "nullmx.com publishes a “null MX” record: it says it accepts no mail at all."),
                Arguments.of("anna@bare.com", true, List.of(SYNTAX_OK, IMPLICIT_MAIL_SERVER),
                        "bare.com has no MX record, so mail would go to the domain's own server, which may not take"
                                + " mail."),
                Arguments.of("anna@gone.com", false, List.of(SYNTAX_OK, NO_SUCH_DOMAIN),
                        "gone.com does not exist in DNS."),
                Arguments.of("anna@acme-corp.io", false, List.of(SYNTAX_OK, NO_MAIL_SERVER),
                        "acme-corp.io has no MX or address record."),
                Arguments.of("anna@flaky.com", false, List.of(SYNTAX_OK, LOOKUP_FAILED),
                        "Could not reach DNS to check flaky.com; try again later."),
                Arguments.of("info@acme.com", true, List.of(SYNTAX_OK, MAIL_SERVERS_FOUND, ROLE_ADDRESS),
                        "“info@” is a shared role address, not a person's: replies go to whoever reads it."),
                Arguments.of("Sales.EMEA@acme.com", true, List.of(SYNTAX_OK, MAIL_SERVERS_FOUND, ROLE_ADDRESS),
                        "“sales.emea@” is a shared role address, not a person's: replies go to whoever reads it."),
                Arguments.of("no-reply@acme.com", true, List.of(SYNTAX_OK, MAIL_SERVERS_FOUND, ROLE_ADDRESS),
                        "“no-reply@” is an address nobody reads: a reply sent there is usually thrown away."),
                Arguments.of("hr.smith@acme.com", true, List.of(SYNTAX_OK, MAIL_SERVERS_FOUND),
                        "acme.com has mail servers (mx1.acme.com, mx2.acme.com)."),
                Arguments.of("anna@mailinator.com", true, List.of(SYNTAX_OK, MAIL_SERVERS_FOUND, DISPOSABLE_DOMAIN),
                        "“mailinator.com” hands out throwaway addresses: whoever signed up with it may never read"
                                + " mail sent there."),
                Arguments.of("anna@x.mailinator.com", true, List.of(SYNTAX_OK, MAIL_SERVERS_FOUND, DISPOSABLE_DOMAIN),
                        "“x.mailinator.com” hands out throwaway addresses: whoever signed up with it may never read"
                                + " mail sent there."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addresses")
    void each_address_gets_its_findings_in_plain_english(String typed, boolean usable, List<CheckFinding.Kind> kinds,
            String lastSentence) {
        CheckResult result = check.check(typed, AT);

        assertThat(result.usable()).isEqualTo(usable);
        assertThat(result.checkedAt()).isEqualTo(AT);
        assertThat(result.findings()).extracting(CheckFinding::kind).containsExactlyElementsOf(kinds);
        assertThat(result.findings().getLast().sentence()).isEqualTo(lastSentence);
        assertThat(result.findings()).allSatisfy(finding -> assertThat(finding.problem()).as(finding.kind().name())
            .isEqualTo(finding.kind() != SYNTAX_OK && finding.kind() != MAIL_SERVERS_FOUND));
        assertThat(result.summary()).endsWith(usable ? "Headroom sent nothing to check it." : ".");
    }

    @Test
    void the_address_is_checked_stripped_and_in_lower_case() {
        CheckResult result = check.check("  Anna.Schmidt@ACME.com ", AT);

        assertThat(result.address()).isEqualTo("anna.schmidt@acme.com");
        assertThat(dns.asked()).containsExactly("acme.com");
    }

    @Test
    void dns_is_not_asked_when_the_address_is_written_wrong() {
        for (String typed : List.of("anna.schmidt.acme.com", "anna@schmidt@acme.com", "anna@acme..com",
                "anna@[192.168.0.1]", "\"anna schmidt\"@acme.com", "anna@example.com")) {
            assertThat(check.check(typed, AT).findings()).extracting(CheckFinding::kind)
                .as(typed)
                .containsExactly(SYNTAX_INVALID);
        }
        assertThat(dns.asked()).isEmpty();
    }

    @Test
    void the_summary_is_one_verdict_a_sales_rep_reads_as_it_is() {
        assertThat(check.check("anna@acme.com", AT).summary()).isEqualTo(
                "Looks deliverable: acme.com has mail servers (mx1.acme.com, mx2.acme.com). Headroom sent nothing to"
                        + " check it.");
        assertThat(check.check("anna@acme-corp.io", AT).summary())
            .isEqualTo("No mail server for this domain: acme-corp.io has no MX or address record.");
        assertThat(check.check("anna@gone.com", AT).summary())
            .isEqualTo("No such domain: gone.com does not exist in DNS.");
        assertThat(check.check("anna@nullmx.com", AT).summary()).isEqualTo(
                "This domain accepts no mail: nullmx.com publishes a “null MX” record: it says it accepts no mail at"
                        + " all.");
        assertThat(check.check("anna@flaky.com", AT).summary())
            .isEqualTo("Not checked: could not reach DNS to check flaky.com; try again later.");
        assertThat(check.check("anna.acme.com", AT).summary())
            .isEqualTo("Not a usable address: the address has no “@”.");
        assertThat(check.check("anna@bare.com", AT).summary()).isEqualTo(
                "Might be deliverable: bare.com has no MX record, so mail would go to the domain's own server, which"
                        + " may not take mail. Headroom sent nothing to check it.");
        assertThat(check.check("info@mailinator.com", AT).summary()).isEqualTo(
                "Looks deliverable: mailinator.com has mail servers (mail.mailinator.com), but it is a shared role"
                        + " address and its domain hands out throwaway addresses. Headroom sent nothing to check it.");
    }

    @Test
    void many_mail_servers_are_named_three_and_counted() {
        var many = new FakeMailDomains().answer("big.com", MailDomainAnswer
            .mailServers(List.of("a.big.com", "b.big.com", "c.big.com", "d.big.com", "e.big.com"), HOUR));

        assertThat(new AddressCheck(many, Set.of()).check("anna@big.com", AT).findings().get(1).sentence())
            .isEqualTo("big.com has mail servers (a.big.com, b.big.com, c.big.com and 2 more).");
    }

    @Test
    void only_the_disposable_domains_given_are_flagged() {
        var check = new AddressCheck(dns, Set.of("acme.com"));

        assertThat(check.check("anna@acme.com", AT).findings()).extracting(CheckFinding::kind)
            .contains(DISPOSABLE_DOMAIN);
        assertThat(check.check("anna@mailinator.com", AT).findings()).extracting(CheckFinding::kind)
            .doesNotContain(DISPOSABLE_DOMAIN);
    }

    @Test
    void the_bundled_list_holds_throwaway_domains_and_not_the_big_mail_providers() {
        Set<String> bundled = AddressCheck.bundledDisposableDomains();

        assertThat(bundled).hasSizeGreaterThan(100_000)
            .contains("mailinator.com", "guerrillamail.com", "10minutemail.com")
            .doesNotContain("gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com",
                    "gmx.de", "web.de", "t-online.de", "orange.fr", "proton.me")
            .allSatisfy(
                    domain -> assertThat(domain).isLowerCase().doesNotStartWith("#").doesNotContainAnyWhitespaces());
        assertThat(AddressCheck.bundledDisposableDomains()).isSameAs(bundled);
    }

    @Test
    void every_reason_jmail_gives_for_a_strict_check_has_its_own_sentence() throws IllegalAccessException {
        // Reasons the strict validator never gives: ours are the custom rules, the rest
        // belong to checks Headroom does itself or not at all.
        Set<String> notGiven = Set.of("NONE", "FAILED_CUSTOM_VALIDATION", "NON_ASCII_ADDRESS",
                "CONTAINS_DISPOSABLE_DOMAIN", "INVALID_MX_RECORD");
        List<Field> reasons = Arrays.stream(FailureReason.class.getFields())
            .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == FailureReason.class)
            .filter(field -> !notGiven.contains(field.getName()))
            .toList();

        assertThat(reasons).hasSizeGreaterThan(30);
        for (Field field : reasons) {
            assertThat(SyntaxSentences.sentence((FailureReason) field.get(null), "anna@acme.com")).as(field.getName())
                .isNotEqualTo(SyntaxSentences.FALLBACK);
        }
    }

    @Test
    void what_it_cannot_tell_names_catch_all_domains_and_that_nothing_is_sent() {
        assertThat(AddressCheck.whatItCannotTell()).contains("does not prove the mailbox exists", "catch-all",
                "only sending", "never sends", "SMTP");
    }

}
