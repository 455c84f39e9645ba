package com.headroom.warmintro;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.base.CompanyName;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyInitialsTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(delimiter = '|', nullValues = "-",
            value = { "IBM                | ibm", "I.B.M.             | ibm", "P&G                | p&g",
                    "P & G              | p&g", "AT&T Inc.          | at&t", "H&M                | h&m",
                    "KPMG               | kpmg",
                    // Not initials: a long word, digits, letters without an "&" between
                    // them, several words.
                    "Siemens            | -", "3M                 | -", "J.P. Morgan        | -",
                    "Acme Cloud         | -", "P&                 | -", })
    void initials_are_short_names_of_letters_and_ampersands(String name, String written) {
        assertThat(CompanyInitials.of(CompanyName.key(name))).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} may be written {1}")
    @CsvSource(delimiter = '|', value = { "International Business Machines Corp. | ibm",
            "Procter & Gamble                       | p&g pg", "American Telephone & Telegraph         | at&t att",
            "Bank of America                        | boa ba", "Hennes & Mauritz AB                    | h&m hm",
            "J.P. Morgan                            | jpm", "Boston Consulting Group                | bcg", })
    void a_name_of_several_words_may_be_written_as_its_initials(String name, String ways) {
        assertThat(CompanyInitials.ofWords(CompanyName.key(name)))
            .containsExactlyInAnyOrderElementsOf(List.of(ways.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "Siemens", "IBM", "P&G", "A B", "Six Seven Eight Nine Ten Eleven" })
    void one_word_initials_and_names_of_more_than_five_words_have_none(String name) {
        assertThat(CompanyInitials.ofWords(CompanyName.key(name))).isEmpty();
    }

}
