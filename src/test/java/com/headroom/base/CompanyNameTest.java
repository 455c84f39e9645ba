package com.headroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyNameTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "Acme", "ACME", "acme", "ACME, Inc.", "Acme Inc", "Acme Corporation", "Acme Corp.",
            "Acme Co.", "Acme LLC", "Acme Ltd", "Acme Limited", "Acme GmbH", "Acme AG", "Acme S.A.", "Acme SAS",
            "Acme B.V.", "Acme plc", "The Acme Company", "  Acme  ", "Acme G.m.b.H.", "Ácmé" })
    void legal_forms_case_accents_and_punctuation_do_not_count(String written) {
        assertThat(CompanyName.key(written)).isEqualTo("acme");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|',
            value = { "Procter & Gamble | Procter and Gamble", "Procter & Gamble Co. | procter and gamble",
                    "Müller GmbH | Muller", "Smith & Co. | Smith", "Johnson & Johnson | johnson and johnson",
                    "Société Générale S.A. | Societe Generale", "AT&T Inc. | AT and T", "3M Company | 3M", })
    void the_same_company_written_two_ways_meets(String a, String b) {
        assertThat(CompanyName.key(a)).isNotEmpty().isEqualTo(CompanyName.key(b));
    }

    @Test
    void different_companies_stay_apart() {
        assertThat(CompanyName.key("Acme")).isNotEqualTo(CompanyName.key("Acme Cloud"));
        assertThat(CompanyName.key("Globex")).isNotEqualTo(CompanyName.key("Acme"));
        assertThat(CompanyName.key("Johnson & Johnson")).isNotEqualTo(CompanyName.key("Johnson"));
    }

    @Test
    void a_name_that_is_only_a_legal_form_keeps_its_word() {
        assertThat(CompanyName.key("AG")).isEqualTo("ag");
        assertThat(CompanyName.key("The Company")).isEqualTo("company");
    }

    @Test
    void blank_names_match_nothing() {
        assertThat(CompanyName.key(" ")).isEmpty();
        assertThat(CompanyName.key(null)).isEmpty();
    }

}
