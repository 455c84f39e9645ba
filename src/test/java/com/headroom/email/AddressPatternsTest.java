package com.headroom.email;

import static com.headroom.email.AddressFormat.FIRST;
import static com.headroom.email.AddressFormat.FIRSTLAST;
import static com.headroom.email.AddressFormat.FIRST_DOT_LAST;
import static com.headroom.email.AddressFormat.FLAST;
import static com.headroom.email.AddressFormat.LAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the addresses the team holds at a company say about its format. */
class AddressPatternsTest {

    private static KnownAddress held(String first, String last, String address) {
        return new KnownAddress(first, last, address, false);
    }

    private static KnownAddress bounced(String first, String last, String address) {
        return new KnownAddress(first, last, address, true);
    }

    @Test
    void a_company_that_writes_every_address_one_way() {
        DomainPatterns patterns = AddressPatterns.learn("acme.com",
                List.of(held("Anna", "Smith", "anna.smith@acme.com"), held("John", "Doe", "john.doe@acme.com"),
                        held("Jürgen", "Müller", "juergen.mueller@acme.com"),
                        held("Jan", "van der Berg", "jan.vanderberg@acme.com")));
        assertThat(patterns.domain()).isEqualTo("acme.com");
        assertThat(patterns.known()).isEqualTo(4);
        assertThat(patterns.enoughEvidence()).isTrue();
        assertThat(patterns.formats())
            .extracting(FormatEvidence::format, FormatEvidence::matches, FormatEvidence::bounced, FormatEvidence::known)
            .containsExactly(tuple(FIRST_DOT_LAST, 4, 0, 4));
    }

    @Test
    void a_tie_goes_to_the_more_common_format_and_both_are_listed() {
        DomainPatterns patterns = AddressPatterns.learn("acme.com",
                List.of(held("Anna", "Smith", "asmith@acme.com"), held("John", "Doe", "john.doe@acme.com"),
                        held("Mary", "Major", "mmajor@acme.com"), held("Peter", "Pan", "peter.pan@acme.com")));
        assertThat(patterns.formats()).extracting(FormatEvidence::format, FormatEvidence::matches)
            .containsExactly(tuple(FIRST_DOT_LAST, 2), tuple(FLAST, 2));
    }

    @Test
    void one_address_is_not_enough_but_is_still_listed() {
        DomainPatterns patterns = AddressPatterns.learn("acme.com", List.of(held("Anna", "Smith", "anna@acme.com")));
        assertThat(patterns.known()).isEqualTo(1);
        assertThat(patterns.enoughEvidence()).isFalse();
        assertThat(patterns.formats()).extracting(FormatEvidence::format, FormatEvidence::matches)
            .containsExactly(tuple(FIRST, 1));
    }

    @Test
    void a_company_split_between_two_formats_shows_both_with_their_counts() {
        List<KnownAddress> known = List.of(held("Anna", "Smith", "anna.smith@acme.com"),
                held("John", "Doe", "john.doe@acme.com"), held("Mary", "Major", "mary.major@acme.com"),
                held("Peter", "Pan", "peter.pan@acme.com"), held("Sam", "Stone", "sam.stone@acme.com"),
                held("Lea", "Berg", "lberg@acme.com"), held("Tom", "Hill", "thill@acme.com"),
                held("Ute", "Lang", "ulang@acme.com"), held("Max", "Roth", "mroth@acme.com"));
        assertThat(AddressPatterns.learn("acme.com", known).formats())
            .extracting(FormatEvidence::format, FormatEvidence::matches, FormatEvidence::known)
            .containsExactly(tuple(FIRST_DOT_LAST, 5, 9), tuple(FLAST, 4, 9));
    }

    @Test
    void bounced_addresses_count_against_their_format() {
        List<KnownAddress> known = List.of(held("Anna", "Smith", "anna.smith@acme.com"),
                held("John", "Doe", "john.doe@acme.com"), held("Mary", "Major", "mary.major@acme.com"),
                bounced("Peter", "Pan", "peter.pan@acme.com"), bounced("Sam", "Stone", "sam.stone@acme.com"),
                held("Lea", "Berg", "lberg@acme.com"), held("Tom", "Hill", "thill@acme.com"));
        DomainPatterns patterns = AddressPatterns.learn("acme.com", known);
        assertThat(patterns.known()).isEqualTo(7);
        assertThat(patterns.formats())
            .extracting(FormatEvidence::format, FormatEvidence::matches, FormatEvidence::bounced, FormatEvidence::net)
            .containsExactly(tuple(FLAST, 2, 0, 2), tuple(FIRST_DOT_LAST, 3, 2, 1));
        assertThat(patterns.formats().get(1).confidence()).isEqualTo(1 / 7.0);
    }

    @Test
    void a_format_only_bounced_addresses_fit_is_listed_last_as_evidence_against_it() {
        DomainPatterns patterns = AddressPatterns.learn("acme.com", List.of(held("Anna", "Smith", "asmith@acme.com"),
                bounced("John", "Doe", "john.doe@acme.com"), bounced("John", "Doe", "JOHN.DOE@acme.com")));
        assertThat(patterns.known()).as("the same address twice counts once").isEqualTo(2);
        assertThat(patterns.formats()).extracting(FormatEvidence::format, FormatEvidence::net)
            .containsExactly(tuple(FLAST, 1), tuple(FIRST_DOT_LAST, -1));
        assertThat(patterns.formats().get(1).confidence()).isZero();
    }

    @Test
    void an_address_held_twice_is_bounced_when_either_copy_bounced() {
        DomainPatterns patterns = AddressPatterns.learn("acme.com",
                List.of(held("John", "Doe", "john.doe@acme.com"), bounced("John", "Doe", "john.doe@acme.com")));
        assertThat(patterns.formats()).extracting(FormatEvidence::matches, FormatEvidence::bounced)
            .containsExactly(tuple(0, 1));
    }

    @Test
    void role_addresses_other_domains_and_addresses_fitting_no_format_are_left_out() {
        List<KnownAddress> known = List.of(held("Info", "Desk", "info@acme.com"),
                held("Sales", "Team", "sales.de@acme.com"), held("Anna", "Smith", "anna.smith@other.com"),
                held("Anna", "Smith", "anna.smith@uk.acme.com"), held("Bob", "Jones", "anna.smith@acme.com"),
                held("Bob", "Jones", "bj1984x@acme.com"), held("", "", "someone@acme.com"),
                held("Anna", "Smith", "not an address"), held("Anna", "Smith", "@acme.com"),
                held("John", "Doe", "John.Doe@ACME.com"), held("Mary", "Major", "mary.major+crm@acme.com"));
        DomainPatterns patterns = AddressPatterns.learn(" @Acme.COM. ", known);
        assertThat(patterns.domain()).isEqualTo("acme.com");
        assertThat(patterns.known()).isEqualTo(2);
        assertThat(patterns.formats()).extracting(FormatEvidence::format, FormatEvidence::matches)
            .containsExactly(tuple(FIRST_DOT_LAST, 2));
    }

    @Test
    void one_address_can_fit_several_formats_and_counts_for_each() {
        DomainPatterns patterns = AddressPatterns.learn("acme.com",
                List.of(held("J", "Smith", "jsmith@acme.com"), held("Anna", "Smith", "smith@acme.com")));
        assertThat(patterns.known()).isEqualTo(2);
        assertThat(patterns.formats()).extracting(FormatEvidence::format, FormatEvidence::matches)
            .containsExactly(tuple(FLAST, 1), tuple(FIRSTLAST, 1), tuple(LAST, 1));
    }

    @Test
    void internationalised_domains_meet_their_ascii_form() {
        DomainPatterns patterns = AddressPatterns.learn("müller.de", List
            .of(held("Anna", "Smith", "anna.smith@xn--mller-kva.de"), held("Jan", "Berg", "jan.berg@MÜLLER.de")));
        assertThat(patterns.domain()).isEqualTo("xn--mller-kva.de");
        assertThat(patterns.known()).isEqualTo(2);
    }

    @Test
    void no_known_addresses_give_no_formats() {
        DomainPatterns patterns = AddressPatterns.learn("acme.com", List.of());
        assertThat(patterns.known()).isZero();
        assertThat(patterns.formats()).isEmpty();
        assertThat(patterns.enoughEvidence()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            info,         true
            INFO,         true
            sales2,       true
            sales.de,     true
            info-uk,      true
            no-reply,     true
            kontakt,      true
            anna.smith,   false
            mark.jones,   false
            information,  false
            """)
    void role_addresses_are_shared_mailboxes(String local, boolean role) {
        assertThat(AddressPatterns.isRole(local)).isEqualTo(role);
    }

}
