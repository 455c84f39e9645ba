package com.headroom.prospect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetPeopleTextTest {

    @Test
    void a_spreadsheet_line_is_read_by_its_tabs() {
        var line = MetPeopleText
            .parse("Pieter Jansen\tVandelay BV\tRevOps Lead\thttps://www.linkedin.com/in/pieter-jansen")
            .getFirst();

        assertThat(line)
            .extracting(MetPeopleText.Parsed::firstName, MetPeopleText.Parsed::lastName, MetPeopleText.Parsed::company,
                    MetPeopleText.Parsed::title, MetPeopleText.Parsed::profileUrl, MetPeopleText.Parsed::problem)
            .containsExactly("Pieter", "Jansen", "Vandelay BV", "RevOps Lead",
                    "https://www.linkedin.com/in/pieter-jansen", null);
    }

    @Test
    void the_profile_address_is_found_wherever_it_stands_and_company_and_title_may_be_missing() {
        var lines = MetPeopleText.parse("Elif Yilmaz, linkedin.com/in/elif, Soylent SA\n\n  \nNadia Petrova;"
                + " https://www.linkedin.com/in/nadia");

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).number()).isEqualTo(1);
        assertThat(lines.get(0).company()).isEqualTo("Soylent SA");
        assertThat(lines.get(0).profileUrl()).isEqualTo("linkedin.com/in/elif");
        assertThat(lines.get(1).number()).isEqualTo(4);
        assertThat(lines.get(1).company()).isEmpty();
        assertThat(lines.get(1).profileUrl()).isEqualTo("https://www.linkedin.com/in/nadia");
    }

    @Test
    void a_line_without_a_profile_address_says_why_it_is_left_out() {
        var line = MetPeopleText.parse("Tom Becker, Cyberdyne, VP Sales").getFirst();

        assertThat(line.problem()).isEqualTo("No LinkedIn profile address: add it after the name (Headroom keeps"
                + " one record per person by it).");
    }

    @Test
    void a_line_with_only_an_address_has_no_name() {
        assertThat(MetPeopleText.parse("https://www.linkedin.com/in/someone").getFirst().problem())
            .isEqualTo("No name: put the person's name first.");
    }

    @Test
    void a_single_name_is_a_first_name() {
        var line = MetPeopleText.parse("Madonna,https://www.linkedin.com/in/madonna").getFirst();

        assertThat(line.firstName()).isEqualTo("Madonna");
        assertThat(line.lastName()).isEmpty();
    }

}
