package com.headroom.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EmailToolTest {

    private static final ExportRow DANA = new ExportRow("Dana", "Reyes", "dana@acme.example", "Acme, Inc.",
            "Head of Sales", "https://www.linkedin.com/in/dana-reyes", "Lyon, France");

    static Stream<Arguments> presets() {
        return Stream.of(
                Arguments.of(EmailTool.LEMLIST,
                        List.of("email", "firstName", "lastName", "companyName", "jobTitle", "linkedinUrl", "location"),
                        List.of("dana@acme.example", "Dana", "Reyes", "Acme, Inc.", "Head of Sales",
                                "https://www.linkedin.com/in/dana-reyes", "Lyon, France")),
                Arguments.of(EmailTool.INSTANTLY,
                        List.of("email", "first_name", "last_name", "company_name", "job_title", "linkedin_url",
                                "location"),
                        List.of("dana@acme.example", "Dana", "Reyes", "Acme, Inc.", "Head of Sales",
                                "https://www.linkedin.com/in/dana-reyes", "Lyon, France")),
                Arguments.of(EmailTool.APOLLO,
                        List.of("First Name", "Last Name", "Contact Email", "Company Name", "Title",
                                "Contact LinkedIn URL"),
                        List.of("Dana", "Reyes", "dana@acme.example", "Acme, Inc.", "Head of Sales",
                                "https://www.linkedin.com/in/dana-reyes")),
                Arguments.of(EmailTool.HUBSPOT,
                        List.of("First Name", "Last Name", "Email", "Company Name", "Job Title"),
                        List.of("Dana", "Reyes", "dana@acme.example", "Acme, Inc.", "Head of Sales")),
                Arguments.of(EmailTool.SALESFORCE, List.of("First Name", "Last Name", "Email", "Company", "Title"),
                        List.of("Dana", "Reyes", "dana@acme.example", "Acme, Inc.", "Head of Sales")));
    }

    @ParameterizedTest
    @MethodSource("presets")
    void each_preset_has_its_tools_header_and_puts_each_value_under_its_column(EmailTool tool, List<String> header,
            List<String> cells) {
        assertThat(tool.header()).containsExactlyElementsOf(header);
        assertThat(tool.cells(DANA)).containsExactlyElementsOf(cells);
    }

    @Test
    void every_tool_has_a_preset() {
        assertThat(presets().map(a -> a.get()[0])).containsExactlyInAnyOrder((Object[]) EmailTool.values());
    }

    @ParameterizedTest
    @CsvSource({ "LEMLIST, lemlist, headroom-lemlist-2026-12-03.csv",
            "INSTANTLY, Instantly, headroom-instantly-2026-12-03.csv", "APOLLO, Apollo, headroom-apollo-2026-12-03.csv",
            "HUBSPOT, HubSpot, headroom-hubspot-2026-12-03.csv",
            "SALESFORCE, Salesforce, headroom-salesforce-2026-12-03.csv" })
    void labels_and_file_names(EmailTool tool, String label, String fileName) {
        assertThat(tool.label()).isEqualTo(label);
        assertThat(tool.fileName(LocalDate.of(2026, 12, 3))).isEqualTo(fileName);
    }

    @Test
    void empty_values_stay_empty_cells() {
        var bare = new ExportRow("Milo", "Tanaka", "milo@globex.example", "Globex", "", "", "");

        assertThat(EmailTool.LEMLIST.cells(bare)).containsExactly("milo@globex.example", "Milo", "Tanaka", "Globex", "",
                "", "");
    }

}
