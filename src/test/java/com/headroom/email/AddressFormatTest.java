package com.headroom.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Local parts each format gives a name, likeliest first. */
class AddressFormatTest {

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = ';',
            textBlock = """
                    FIRST_DOT_LAST;        Anna;       Smith;        anna.smith
                    FLAST;                 Anna;       Smith;        asmith
                    FIRST;                 Anna;       Smith;        anna
                    FIRSTL;                Anna;       Smith;        annas
                    F_DOT_LAST;            Anna;       Smith;        a.smith
                    FIRST_UNDERSCORE_LAST; Anna;       Smith;        anna_smith
                    FIRSTLAST;             Anna;       Smith;        annasmith
                    FIRST_DASH_LAST;       Anna;       Smith;        anna-smith
                    LAST_DOT_FIRST;        Anna;       Smith;        smith.anna
                    LASTF;                 Anna;       Smith;        smitha
                    FIRST_DOT_L;           Anna;       Smith;        anna.s
                    LAST;                  Anna;       Smith;        smith
                    LAST_FIRST;            Anna;       Smith;        smithanna
                    LAST_UNDERSCORE_FIRST; Anna;       Smith;        smith_anna
                    FIRST_DOT_LAST;        Jan;        van der Berg; jan.vanderberg jan.van.der.berg jan.berg
                    FLAST;                 Jan;        van der Berg; jvanderberg jberg
                    FIRSTL;                Jan;        van der Berg; janv janb
                    LAST_DOT_FIRST;        Jan;        van der Berg; vanderberg.jan van.der.berg.jan berg.jan
                    FIRST_DOT_LAST;        Jürgen;     Müller;       juergen.mueller jurgen.muller
                    FLAST;                 Jürgen;     Müller;       jmueller jmuller
                    FIRST_DOT_LAST;        Anna Maria; Rossi;        anna.rossi annamaria.rossi anna.maria.rossi
                    FLAST;                 Anna Maria; Rossi;        arossi amrossi
                    FIRST_DASH_LAST;       Gabriel;    García Márquez; gabriel-garciamarquez gabriel-garcia-marquez gabriel-garcia gabriel-marquez
                    FIRST;                 Anne-Marie; Smith-Jones;  annemarie anne-marie anne
                    FIRST_DOT_LAST;        Anne-Marie; Smith;        annemarie.smith anne-marie.smith anne.smith
                    """)
    void each_format_gives_the_name_s_variants_likeliest_first(AddressFormat format, String first, String last,
            String expected) {
        assertThat(format.localParts(PersonName.of(first, last))).containsExactly(expected.split(" "));
    }

    @Test
    void variants_of_both_parts_pair_up_likeliest_first() {
        assertThat(AddressFormat.FIRST_DOT_LAST.localParts(PersonName.of("Anne-Marie", "Smith-Jones")))
            .startsWith("annemarie.smithjones", "annemarie.smith-jones", "anne-marie.smithjones")
            .contains("anne.jones")
            .doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            FIRST_DOT_LAST, anna.smith,       true
            FIRST_DOT_LAST, Anna.Smith,       true
            FIRST_DOT_LAST, anna.smith+crm,   true
            FLAST,          asmith2,          true
            FLAST,          asmith,           true
            FLAST,          anna.smith,       false
            FIRST,          anna,             true
            FIRST,          annas,            false
            FIRSTL,         annas,            true
            LAST,           smith,            true
            LAST,           '',               false
            LAST,           '42',             false
            """)
    void an_address_matches_when_its_local_part_is_one_the_format_gives(AddressFormat format, String local,
            boolean matches) {
        assertThat(format.matches(PersonName.of("Anna", "Smith"), local)).isEqualTo(matches);
    }

    @Test
    void a_name_that_is_not_usable_gives_no_local_parts() {
        for (AddressFormat format : AddressFormat.values()) {
            assertThat(format.localParts(PersonName.of("Anna", ""))).isEmpty();
            assertThat(format.matches(PersonName.of("Anna", ""), "anna")).isFalse();
        }
    }

    @Test
    void labels_are_distinct_and_read_as_the_format() {
        List<String> labels = Arrays.stream(AddressFormat.values()).map(AddressFormat::label).toList();
        assertThat(labels).doesNotHaveDuplicates()
            .hasSize(14)
            .startsWith("first.last", "flast", "first", "firstl", "f.last", "first_last");
    }

}
