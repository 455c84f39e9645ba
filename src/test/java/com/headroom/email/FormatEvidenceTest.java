package com.headroom.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The evidence for a format in the words a sales team reads. */
class FormatEvidenceTest {

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', textBlock = """
            acme.com|   FIRST_DOT_LAST| 9| 0| 11| first.last@acme.com — 9 of 11 known addresses
            acme.com|   FLAST|          1| 0| 1|  flast@acme.com — 1 of 1 known address
            acme.de|    F_DOT_LAST|     1| 0| 2|  f.last@acme.de — 1 of 2 known addresses
            acme.com|   FIRST_DOT_LAST| 9| 2| 11| first.last@acme.com — 9 of 11 known addresses; 2 bounced
            acme.com|   LAST_FIRST|     0| 1| 3|  lastfirst@acme.com — 0 of 3 known addresses; 1 bounced
            """)
    void the_evidence_says_how_many_known_addresses_fit(String domain, AddressFormat format, int matches, int bounced,
            int known, String sentence) {
        assertThat(new FormatEvidence(domain, format, matches, bounced, known).evidence()).isEqualTo(sentence);
    }

    @ParameterizedTest(name = "{0} - {1} of {2}")
    @CsvSource(textBlock = """
            9, 2, 11, 0.6363636363636364
            4, 0, 4,  1.0
            1, 3, 4,  0.0
            0, 0, 0,  0.0
            """)
    void confidence_is_the_share_of_known_addresses_that_speak_for_the_format(int matches, int bounced, int known,
            double confidence) {
        assertThat(new FormatEvidence("acme.com", AddressFormat.FLAST, matches, bounced, known).confidence())
            .isEqualTo(confidence);
    }

}
