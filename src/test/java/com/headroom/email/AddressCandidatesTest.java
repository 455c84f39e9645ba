package com.headroom.email;

import static com.headroom.email.AddressFormat.FIRST_DOT_LAST;
import static com.headroom.email.AddressFormat.FLAST;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.email.AddressCandidates.Candidate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The addresses a new person most likely has, across a company's domains. */
class AddressCandidatesTest {

    private static final PersonName MARIA = PersonName.of("Maria", "Schmidt");

    private static DomainPatterns patterns(String domain, AddressFormat format, int matches, int bounced, int known) {
        return new DomainPatterns(domain, known, List.of(new FormatEvidence(domain, format, matches, bounced, known)));
    }

    /**
     * acme.com writes first.last (3 of 3); acme.de mostly flast (2 of 3), once
     * first.last.
     */
    private static final List<DomainPatterns> ACME = List.of(
            AddressPatterns.learn("acme.com",
                    List.of(new KnownAddress("Anna", "Smith", "anna.smith@acme.com", false),
                            new KnownAddress("John", "Doe", "john.doe@acme.com", false),
                            new KnownAddress("Mary", "Major", "mary.major@acme.com", false))),
            AddressPatterns.learn("acme.de",
                    List.of(new KnownAddress("Jörg", "Lang", "jlang@acme.de", false),
                            new KnownAddress("Ute", "Roth", "uroth@acme.de", false),
                            new KnownAddress("Karl", "Berg", "karl.berg@acme.de", false))));

    @ParameterizedTest(name = "limit {0}")
    @CsvSource(textBlock = """
            1, maria.schmidt@acme.com
            2, maria.schmidt@acme.com mschmidt@acme.de
            3, maria.schmidt@acme.com mschmidt@acme.de maria.schmidt@acme.de
            9, maria.schmidt@acme.com mschmidt@acme.de maria.schmidt@acme.de
            """)
    void candidates_across_domains_most_likely_first(int limit, String addresses) {
        assertThat(AddressCandidates.suggest(MARIA, ACME, limit)).extracting(Candidate::address)
            .containsExactly(addresses.split(" "));
    }

    @Test
    void each_candidate_carries_its_format_and_evidence() {
        assertThat(AddressCandidates.suggest(MARIA, ACME, 3)).containsExactly(
                new Candidate("maria.schmidt@acme.com", "acme.com", FIRST_DOT_LAST, 3, 3,
                        "first.last@acme.com — 3 of 3 known addresses"),
                new Candidate("mschmidt@acme.de", "acme.de", FLAST, 2, 3, "flast@acme.de — 2 of 3 known addresses"),
                new Candidate("maria.schmidt@acme.de", "acme.de", FIRST_DOT_LAST, 1, 3,
                        "first.last@acme.de — 1 of 3 known addresses"));
    }

    @Test
    void one_address_out_of_one_does_not_outrank_nine_out_of_eleven() {
        List<Candidate> candidates = AddressCandidates.suggest(MARIA,
                List.of(patterns("acme.io", FLAST, 1, 0, 1), patterns("acme.com", FIRST_DOT_LAST, 9, 0, 11)), 5);
        assertThat(candidates).extracting(Candidate::address)
            .containsExactly("maria.schmidt@acme.com", "mschmidt@acme.io");
    }

    @Test
    void other_spellings_of_the_name_follow_the_likeliest_one() {
        assertThat(AddressCandidates.suggest(PersonName.of("Jürgen", "Müller"),
                List.of(patterns("acme.de", FIRST_DOT_LAST, 9, 0, 11), patterns("acme.de", FLAST, 2, 0, 11)), 4))
            .extracting(Candidate::address)
            .containsExactly("juergen.mueller@acme.de", "jurgen.muller@acme.de", "jmueller@acme.de", "jmuller@acme.de");
    }

    @Test
    void formats_without_net_evidence_are_not_offered() {
        List<DomainPatterns> domains = List.of(patterns("acme.com", FIRST_DOT_LAST, 1, 1, 2),
                patterns("acme.de", FLAST, 0, 2, 2));
        assertThat(AddressCandidates.suggest(MARIA, domains, 5)).isEmpty();
    }

    @Test
    void no_known_addresses_or_no_usable_name_give_no_candidates() {
        assertThat(AddressCandidates.suggest(MARIA, List.of(), 5)).isEmpty();
        assertThat(AddressCandidates.suggest(MARIA, List.of(AddressPatterns.learn("acme.com", List.of())), 5))
            .isEmpty();
        assertThat(AddressCandidates.suggest(PersonName.of("", "Schmidt"), ACME, 5)).isEmpty();
        assertThat(AddressCandidates.suggest(MARIA, ACME, 0)).isEmpty();
    }

    @Test
    void the_same_address_from_two_formats_is_offered_once() {
        // "J Smith": jsmith is both flast and firstlast.
        List<DomainPatterns> domains = List
            .of(new DomainPatterns("acme.com", 4, List.of(new FormatEvidence("acme.com", FLAST, 3, 0, 4),
                    new FormatEvidence("acme.com", AddressFormat.FIRSTLAST, 1, 0, 4))));
        assertThat(AddressCandidates.suggest(PersonName.of("J", "Smith"), domains, 5))
            .extracting(Candidate::address, Candidate::format)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("jsmith@acme.com", FLAST));
    }

}
