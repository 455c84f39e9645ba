package com.headroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNameRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "ACME, Inc.                  | acme",
        "Acme Corporation            | acme",
        "acme corp.                  | acme",
        "Acme Co.                    | acme",
        "ACME LLC                    | acme",
        "Acme L.L.C.                 | acme",
        "Acme Ltd                    | acme",
        "The Acme Company            | acme",
        // Full-width letters, as some Asian keyboards type them.
        "ＡＣＭＥ Ｉｎｃ．             | acme",
        "AT&T Inc.                   | at and t",
        "P&G                         | p and g",
        "3M Company                  | 3m",
        "Volkswagen GmbH & Co. KG    | volkswagen",
        "Henkel AG & Co. KGaA        | henkel",
        "Meyer G.m.b.H. & Co. K.G.   | meyer",
        "Smith & Co.                 | smith",
        "Ferrari S.p.A.              | ferrari",
        "Novo Nordisk A/S            | novo nordisk",
        "Foo S.à r.l.                | foo",
        // Only the legal form at the end of the letters goes.
        "Foo X S.A.                  | foo x",
        "I.B.M.                      | ibm",
        "J.P. Morgan                 | j p morgan",
        "Mercedes-Benz Group AG      | mercedes benz group",
        "Grab Holdings Inc.          | grab holdings",
        // A name that is nothing but a legal form keeps it.
        "Inc.                        | inc",
        "Co                          | co",
        "The Company                 | company",
        "&                           | and",
        // "+" is "and"; a trailing "and" stays unless it came with "& Co.".
        "Google+                     | google and",
        // Other scripts keep their letters; their legal forms are not known and stay.
        "株式会社トヨタ                 | 株式会社トヨタ",
        "ダイハツ工業                  | ダイハツ工業",
        "Яндекс ООО                  | яндекс ооо",
        "삼성전자                      | 삼성전자",
        "टाटा                         | टाटा",
        "Ελληνικά Πετρέλαια          | ελληνικα πετρελαια",
        "\"   \"|\"\"",
        "---|\"\"",
    })
    void keys(String name, String key) {
        assertThat(CompanyName.key(name)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "ACME, Inc.                    | Acme Corporation",
        "Procter & Gamble              | Procter and Gamble",
        "Procter & Gamble Co.          | procter and gamble",
        "Johnson & Johnson             | Johnson and Johnson",
        "Siemens AG                    | Siemens",
        "Volkswagen GmbH & Co. KG      | Volkswagen",
        "Société Générale S.A.         | Societe Generale",
        "Müller GmbH                   | Muller",
        "ING Groep N.V.                | ING Groep",
        "Philips B.V.                  | philips",
        "Unilever PLC                  | Unilever",
        "Infosys Pvt. Ltd.             | Infosys",
        "Nokia Oyj                     | Nokia",
        "Spotify AB                    | Spotify",
        "Equinor ASA                   | Equinor",
        "Shopify Inc.                  | shopify",
        "Samsung Electronics Co., Ltd. | Samsung Electronics",
        "Atlassian Pty Ltd             | Atlassian",
        "BASF SE                       | BASF",
        "I.B.M.                        | IBM",
        "أرامكو                        | ارامكو",
        "Яндекс                        | ЯНДЕКС",
    })
    void names_that_meet(String one, String other) {
        assertThat(CompanyName.key(one)).isNotEmpty().isEqualTo(CompanyName.key(other));
    }

    @ParameterizedTest(name = "{0} <> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Acme Group        | Acme",
        "Acme Holdings     | Acme",
        "Apple             | Apple Bank",
        "Johnson & Johnson | Johnson",
        "Co|\"\"",
        "ダイハツ           | タイハツ",
    })
    void names_that_stay_apart(String one, String other) {
        assertThat(CompanyName.key(one)).isNotEqualTo(CompanyName.key(other));
    }

    @Test
    void a_missing_name_has_an_empty_key_and_a_long_one_is_cut() {
        assertThat(CompanyName.key(null)).isEmpty();
        assertThat(CompanyName.key("a".repeat(200))).hasSize(150);
        // Never half a character: the 150th char would be the first half of 𠀀.
        assertThat(CompanyName.key("a".repeat(149) + "\uD840\uDC00".repeat(10))).isEqualTo("a".repeat(149));
    }
}
