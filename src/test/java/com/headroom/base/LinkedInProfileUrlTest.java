package com.headroom.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.base.LinkedInProfileUrl.InvalidProfileUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkedInProfileUrlTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "https://www.linkedin.com/in/dana-reyes", "https://www.linkedin.com/in/dana-reyes/",
            "http://www.linkedin.com/in/dana-reyes", "https://linkedin.com/in/dana-reyes", "linkedin.com/in/dana-reyes",
            "www.linkedin.com/in/dana-reyes/", "//www.linkedin.com/in/dana-reyes",
            "  https://www.linkedin.com/in/dana-reyes  ", "https://uk.linkedin.com/in/dana-reyes",
            "https://de.linkedin.com/in/dana-reyes/", "https://pt-br.linkedin.com/in/dana-reyes",
            "https://m.linkedin.com/in/dana-reyes", "https://www.linkedin.com/mwlite/in/dana-reyes",
            "https://www.linkedin.com/in/dana-reyes?trk=public_profile_browsemap",
            "https://www.linkedin.com/in/dana-reyes/?originalSubdomain=uk&trk=abc",
            "https://www.linkedin.com/in/dana-reyes#experience",
            "https://www.linkedin.com/in/dana-reyes/?utm_source=share#about", "HTTPS://WWW.LINKEDIN.COM/IN/DANA-REYES",
            "https://www.LinkedIn.com/in/Dana-Reyes/", "https://www.linkedin.com/in/dana-reyes/de",
            "https://www.linkedin.com/in/dana-reyes/en-gb/",
            "https://www.linkedin.com/in/dana-reyes/recent-activity/all/",
            "https://www.linkedin.com/in/dana-reyes/details/experience/",
            "https://www.linkedin.com/in/dana-reyes/overlay/contact-info/", "https://www.linkedin.com//in//dana-reyes",
            "https://www.linkedin.com:443/in/dana-reyes", "https://www.linkedin.com./in/dana-reyes", })
    void every_way_of_writing_a_profile_address_folds_to_one_key(String written) {
        assertThat(LinkedInProfileUrl.parse(written).key()).isEqualTo("https://www.linkedin.com/in/dana-reyes");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "https://de.linkedin.com/in/j%C3%BCrgen-m%C3%BCller",
            "https://de.linkedin.com/in/J%C3%9Crgen-M%C3%BCller/", "https://www.linkedin.com/in/jürgen-müller",
            "https://www.linkedin.com/in/Jürgen-Müller?trk=x",
            // the same name with decomposed umlauts (u + combining diaeresis)
            "https://www.linkedin.com/in/ju\u0308rgen-mu\u0308ller",
            "https://www.linkedin.com/in/ju%CC%88rgen-mu%CC%88ller", })
    void percent_encoded_raw_and_decomposed_non_ascii_slugs_fold_to_one_key(String written) {
        assertThat(LinkedInProfileUrl.parse(written).key()).isEqualTo("https://www.linkedin.com/in/jürgen-müller");
    }

    @Test
    void a_slug_in_another_script_is_kept_as_written_in_lower_case() {
        assertThat(LinkedInProfileUrl.parse("https://www.linkedin.com/in/%E7%8E%8B%E4%BC%9F").key())
            .isEqualTo("https://www.linkedin.com/in/王伟");
        assertThat(LinkedInProfileUrl.parse("https://ru.linkedin.com/in/ИВАН-петров").key())
            .isEqualTo("https://www.linkedin.com/in/иван-петров");
    }

    @Test
    void different_people_get_different_keys() {
        assertThat(LinkedInProfileUrl.parse("linkedin.com/in/dana-reyes"))
            .isNotEqualTo(LinkedInProfileUrl.parse("linkedin.com/in/dana-reyes-2"));
        assertThat(LinkedInProfileUrl.parse("linkedin.com/in/jurgen-muller").key())
            .isNotEqualTo(LinkedInProfileUrl.parse("linkedin.com/in/jürgen-müller").key());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "https://www.linkedin.com/company/acme | That is a company page.",
            "https://www.linkedin.com/company/acme/people/ | That is a company page.",
            "https://www.linkedin.com/school/stanford-university/ | That is a company page.",
            "https://www.linkedin.com/showcase/acme-cloud | That is a company page.",
            "https://www.linkedin.com/sales/lead/ACwAAA123,NAME_SEARCH,abc | Sales Navigator and Recruiter addresses",
            "https://www.linkedin.com/sales/people/ACwAAA123,name | Sales Navigator and Recruiter addresses",
            "https://www.linkedin.com/talent/profile/AEMAAA | Sales Navigator and Recruiter addresses",
            "https://www.linkedin.com/pub/dana-reyes/12/345/678 | That is an old public-profile address.",
            "https://www.linkedin.com/feed/ | That LinkedIn address is not a person's profile.",
            "https://www.linkedin.com/posts/dana-reyes_activity-123 | That LinkedIn address is not a person's profile.",
            "https://www.linkedin.com/ | That is LinkedIn's home page, not a profile.",
            "https://www.linkedin.com/in/ | The address ends before the person's name.",
            "https://www.linkedin.com/in | The address ends before the person's name.",
            "https://twitter.com/in/dana-reyes | That is not a LinkedIn address.",
            "https://linkedin.com.evil.example/in/dana-reyes | That is not a LinkedIn address.",
            "https://evil-linkedin.com/in/dana-reyes | That is not a LinkedIn address.",
            "https://www.linkedin.co/in/dana-reyes | That is not a LinkedIn address.",
            "ftp://www.linkedin.com/in/dana-reyes | That is not a LinkedIn address.",
            "javascript://www.linkedin.com/in/x | That is not a LinkedIn address.",
            "dana reyes | That is not a LinkedIn address.",
            "https://www.linkedin.com/in/dana%2 | That profile address has a broken %-escape.",
            "https://www.linkedin.com/in/dana%zzreyes | That profile address has a broken %-escape.",
            "https://www.linkedin.com/in/%C3%28 | That profile address has a broken %-escape.",
            "https://www.linkedin.com/in/dana%20reyes | The name part of that address is not valid.",
            "https://www.linkedin.com/in/dana%2Freyes | The name part of that address is not valid.", })
    void other_addresses_are_refused_with_a_sentence_saying_what_a_profile_looks_like(String input, String start) {
        assertThatThrownBy(() -> LinkedInProfileUrl.parse(input)).isInstanceOf(InvalidProfileUrl.class)
            .hasMessageStartingWith(start.strip());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "   " })
    void an_empty_address_asks_for_one(String input) {
        assertThatThrownBy(() -> LinkedInProfileUrl.parse(input)).isInstanceOf(InvalidProfileUrl.class)
            .hasMessage("Enter the LinkedIn profile address, like https://www.linkedin.com/in/dana-reyes.");
    }

    @Test
    void refusals_name_the_profile_field_so_forms_can_mark_it() {
        assertThatThrownBy(() -> LinkedInProfileUrl.parse("https://www.linkedin.com/company/acme"))
            .isInstanceOfSatisfying(InvalidProfileUrl.class, e -> assertThat(e.field()).contains("profileUrl"));
    }

}
