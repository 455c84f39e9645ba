package com.headroom.warmintro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.headroom.base.RuleViolation;
import com.headroom.warmintro.ConnectionsCsv.Parsed;
import com.headroom.warmintro.ConnectionsCsv.Rejected;
import com.headroom.warmintro.ConnectionsCsv.Row;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionsCsvTest {

    /** The notes LinkedIn puts above the header row, word for word. */
    private static final String NOTES = """
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing.\
             You will only see email addresses for connections who have allowed their connections to see or download\
             their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn\
             more about this here: https://www.linkedin.com/help/linkedin/answer/261"

            """;

    private static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    private static final String DANA = "Dana,Reyes,https://www.linkedin.com/in/dana-reyes,,\"Acme, Inc.\","
            + "\"Head of Sales, EMEA\",12 Mar 2024\n";

    private static final String MILO = "Milo,Tanaka,https://www.linkedin.com/in/milo-tanaka,milo@globex.example,"
            + "Globex,Account Executive,1 Feb 2023\n";

    private static Parsed read(String file) {
        return ConnectionsCsv.read(file.getBytes(StandardCharsets.UTF_8));
    }

    private static String profile(String slug) {
        return "https://www.linkedin.com/in/" + slug;
    }

    @Test
    void reads_the_file_as_linkedin_exports_it() {
        var parsed = read(NOTES + HEADER + DANA + MILO);

        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.undatedRows()).isZero();
        assertThat(parsed.rows()).hasSize(2);
        var dana = parsed.rows().getFirst();
        assertThat(dana.line()).isEqualTo(5);
        assertThat(dana.firstName()).isEqualTo("Dana");
        assertThat(dana.lastName()).isEqualTo("Reyes");
        assertThat(dana.profile().key()).isEqualTo(profile("dana-reyes"));
        assertThat(dana.email()).isEmpty();
        assertThat(dana.company()).isEqualTo("Acme, Inc.");
        assertThat(dana.position()).isEqualTo("Head of Sales, EMEA");
        assertThat(dana.connectedOn()).isEqualTo(LocalDate.of(2024, 3, 12));
        var milo = parsed.rows().get(1);
        assertThat(milo.line()).isEqualTo(6);
        assertThat(milo.email()).isEqualTo("milo@globex.example");
        assertThat(milo.company()).isEqualTo("Globex");
        assertThat(milo.position()).isEqualTo("Account Executive");
        assertThat(milo.connectedOn()).isEqualTo(LocalDate.of(2023, 2, 1));
    }

    @Test
    void crlf_line_ends_read_the_same_with_the_same_line_numbers() {
        var parsed = read((NOTES + HEADER + DANA + MILO).replace("\n", "\r\n"));

        assertThat(parsed.rows()).extracting(Row::line, Row::company, Row::connectedOn)
            .containsExactly(tuple(5, "Acme, Inc.", LocalDate.of(2024, 3, 12)),
                    tuple(6, "Globex", LocalDate.of(2023, 2, 1)));
    }

    @Test
    void reads_the_columns_without_the_notes() {
        var parsed = read(HEADER + DANA + MILO);

        assertThat(parsed.rows()).extracting(Row::line, Row::firstName)
            .containsExactly(tuple(2, "Dana"), tuple(3, "Milo"));
    }

    @Test
    void skips_notes_with_commas_and_quoted_line_breaks_even_when_they_name_the_columns() {
        var notes = """
                Notes:
                "Some addresses are missing, see below.
                The columns are First Name,Last Name,URL and more, as usual."
                Exported by LinkedIn, 2024

                """;
        var parsed = read(notes + HEADER + DANA);

        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(7);
            assertThat(row.firstName()).isEqualTo("Dana");
        });
    }

    @Test
    void reads_a_file_saved_again_by_a_spreadsheet_with_bom_crlf_semicolons_and_empty_columns() {
        var file = "\uFEFF" + """
                First Name;Last Name;URL;Email Address;Company;Position;Connected On;;
                Dana;Reyes;https://www.linkedin.com/in/dana-reyes;;Acme, Inc.;"Head of Sales; EMEA";12/03/2024;;

                ;;;;;;;;
                Milo;Tanaka;https://www.linkedin.com/in/milo-tanaka;milo@globex.example;Globex;AE;2023-02-01;;
                """.replace("\n", "\r\n");

        var parsed = read(file);

        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.rows()).extracting(Row::line, Row::firstName, Row::company, Row::position, Row::connectedOn)
            .containsExactly(tuple(2, "Dana", "Acme, Inc.", "Head of Sales; EMEA", LocalDate.of(2024, 3, 12)),
                    tuple(5, "Milo", "Globex", "AE", LocalDate.of(2023, 2, 1)));
    }

    @Test
    void reads_tab_separated_text_and_utf16_unicode_text_from_excel() {
        var file = "First Name\tLast Name\tURL\tCompany\r\nDana\tReyes\thttps://www.linkedin.com/in/dana-reyes\t"
                + "Acme, Inc.\r\n";
        var utf16 = new ByteArrayOutputStream();
        utf16.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
        utf16.writeBytes(file.getBytes(StandardCharsets.UTF_16LE));

        for (var parsed : new Parsed[] { read(file), ConnectionsCsv.read(utf16.toByteArray()) }) {
            assertThat(parsed.rows()).extracting(Row::line, Row::lastName, Row::company)
                .containsExactly(tuple(2, "Reyes", "Acme, Inc."));
        }
    }

    @Test
    void finds_columns_by_name_in_any_order_and_case_with_optional_ones_missing() {
        var parsed = read("""
                 url , LAST NAME,first name,Position
                https://www.linkedin.com/in/dana-reyes,Reyes,Dana,CRO
                """);

        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            assertThat(row.firstName()).isEqualTo("Dana");
            assertThat(row.lastName()).isEqualTo("Reyes");
            assertThat(row.position()).isEqualTo("CRO");
            assertThat(row.email()).isEmpty();
            assertThat(row.company()).isEmpty();
            assertThat(row.connectedOn()).isNull();
        });
        assertThat(parsed.undatedRows()).isEqualTo(1);
    }

    @Test
    void reads_doubled_quotes_and_line_breaks_inside_quotes_counting_physical_lines() {
        var parsed = read(NOTES + HEADER
                + "Dana,Reyes,https://www.linkedin.com/in/dana-reyes,,\"The \"\"Best\"\" Co\",\"Head of Sales\n"
                + "EMEA\",12 Mar 2024\n" + MILO + ",Nobody,,,,,\n");

        assertThat(parsed.rows()).extracting(Row::line, Row::company, Row::position)
            .containsExactly(tuple(5, "The \"Best\" Co", "Head of Sales\nEMEA"),
                    tuple(7, "Globex", "Account Executive"));
        assertThat(parsed.rejected()).extracting(Rejected::line).containsExactly(8);
    }

    @Test
    void keeps_names_and_companies_in_any_script_stripping_surrounding_whitespace_only() {
        var parsed = read(
                HEADER + """
                        Анна,Петрова,https://www.linkedin.com/in/anna-petrova,,ООО «Ромашка»,Директор по продажам,3 Jan 2022
                        王, 小明 ,https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E,,株式会社サンプル,営業部長,4 Jan 2022
                        محمد,العلي,https://www.linkedin.com/in/mohammed-alali,,شركة المثال,مدير المبيعات,5 Jan 2022
                          Zoë  ,Ångström,https://www.linkedin.com/in/zoë-ångström/,zoe@example.se,Björk & Söner AB, Säljchef ,6 Jan 2022
                        """);

        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.rows()).extracting(Row::firstName, Row::lastName, Row::company, Row::position)
            .containsExactly(tuple("Анна", "Петрова", "ООО «Ромашка»", "Директор по продажам"),
                    tuple("王", "小明", "株式会社サンプル", "営業部長"), tuple("محمد", "العلي", "شركة المثال", "مدير المبيعات"),
                    tuple("Zoë", "Ångström", "Björk & Söner AB", "Säljchef"));
        assertThat(parsed.rows()).extracting(row -> row.profile().key())
            .containsExactly(profile("anna-petrova"), profile("王小明"), profile("mohammed-alali"),
                    profile("zoë-ångström"));
    }

    @Test
    void reports_rejected_rows_with_their_line_reason_and_text_and_keeps_the_rest() {
        var parsed = read(NOTES + HEADER + DANA // line 5
                + "Sam,Hidden,,,Initech,CTO,2 Feb 2024\n" // line 6
                + "Acme,Page,https://www.linkedin.com/company/acme,,Acme,,2 Feb 2024\n" // line
                                                                                        // 7
                + "Dana,Reyes,http://linkedin.com/in/Dana-Reyes/,,Acme,,3 Feb 2024\n" // line
                                                                                      // 8
                + "\n" // line 9
                + "Cut,Short\n" // line 10
                + "Dana,R.,https://uk.linkedin.com/in/dana-reyes?trk=people,,Acme,,4 Feb 2024\n" // line
                                                                                                 // 11
                + MILO); // line 12

        assertThat(parsed.rows()).extracting(Row::line, Row::firstName)
            .containsExactly(tuple(5, "Dana"), tuple(12, "Milo"));
        assertThat(parsed.rejected()).extracting(Rejected::line, Rejected::reason, Rejected::raw)
            .containsExactly(tuple(6, "No LinkedIn profile address", "Sam,Hidden,,,Initech,CTO,2 Feb 2024"),
                    tuple(7, "That is a company page. Enter a person's profile address, like"
                            + " https://www.linkedin.com/in/dana-reyes.",
                            "Acme,Page,https://www.linkedin.com/company/acme,,Acme,,2 Feb 2024"),
                    tuple(8, "Same person as line 5",
                            "Dana,Reyes,http://linkedin.com/in/Dana-Reyes/,,Acme,,3 Feb 2024"),
                    tuple(10, "The row is cut short", "Cut,Short"), tuple(11, "Same person as line 5",
                            "Dana,R.,https://uk.linkedin.com/in/dana-reyes?trk=people,,Acme,,4 Feb 2024"));
    }

    @Test
    void rejects_a_row_whose_unquoted_comma_shifts_the_columns() {
        var parsed = read(
                HEADER + "Dana,Reyes,https://www.linkedin.com/in/dana-reyes,,Acme, Inc.,CRO,12 Mar 2024\n" + MILO);

        assertThat(parsed.rows()).extracting(Row::firstName).containsExactly("Milo");
        assertThat(parsed.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.line()).isEqualTo(2);
            assertThat(rejected.reason()).startsWith("The row has more cells than the header row");
        });
    }

    @Test
    void the_text_of_a_rejected_row_keeps_its_line_breaks_and_stops_at_500_characters() {
        var longPosition = "x".repeat(600);
        var parsed = read(HEADER + "Dana,Reyes,,,\"Acme\nInc\"," + longPosition + ",12 Mar 2024\r\n" + MILO);

        var raw = parsed.rejected().getFirst().raw();
        assertThat(raw).hasSize(500).startsWith("Dana,Reyes,,,\"Acme\nInc\",xxx");
    }

    @Test
    void keeps_rows_without_a_readable_date_and_counts_them() {
        var parsed = read(HEADER + """
                A,One,https://www.linkedin.com/in/a-one,,,,
                B,Two,https://www.linkedin.com/in/b-two,,,,yesterday
                C,Three,https://www.linkedin.com/in/c-three,,,,31 Feb 2024
                D,Four,https://www.linkedin.com/in/d-four,,,,12 Mar 2024
                E,Five,https://www.linkedin.com/in/e-five,,
                """);

        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.rows()).extracting(Row::lastName, Row::connectedOn)
            .containsExactly(tuple("One", null), tuple("Two", null), tuple("Three", null),
                    tuple("Four", LocalDate.of(2024, 3, 12)), tuple("Five", null));
        assertThat(parsed.undatedRows()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            12 Mar 2024         | 2024-03-12
            1 Mar 2024          | 2024-03-01
            01 mar 2024         | 2024-03-01
            12 March 2024       | 2024-03-12
            6 Sept 2021         | 2021-09-06
            Mar 12, 2024        | 2024-03-12
            2024-03-12          | 2024-03-12
            2024-03-12 00:00:00 | 2024-03-12
            12-Mar-24           | 2024-03-12
            12/03/2024          | 2024-03-12
            12.03.2024          | 2024-03-12
            3/12/2024           | 2024-12-03
            3/25/2024           | 2024-03-25
            25/3/24             | 2024-03-25
            29 Feb 2024         | 2024-02-29
            """)
    void reads_the_dates_linkedin_and_spreadsheets_write(String written, LocalDate expected) {
        var parsed = read(HEADER + "Dana,Reyes,https://www.linkedin.com/in/dana-reyes,,,,\"" + written + "\"\n");

        assertThat(parsed.rows().getFirst().connectedOn()).isEqualTo(expected);
        assertThat(parsed.undatedRows()).isZero();
    }

    @Test
    void reads_all_number_dates_in_one_order_for_the_whole_file() {
        // US Excel: 3/25 only makes sense month first, so 3/12 in the same file is 12
        // March too.
        var us = read(HEADER + """
                A,One,https://www.linkedin.com/in/a-one,,,,3/12/2024
                B,Two,https://www.linkedin.com/in/b-two,,,,3/25/2024
                C,Three,https://www.linkedin.com/in/c-three,,,,12 Mar 2024
                """);
        assertThat(us.rows()).extracting(Row::connectedOn)
            .containsExactly(LocalDate.of(2024, 3, 12), LocalDate.of(2024, 3, 25), LocalDate.of(2024, 3, 12));
        // Elsewhere: 25/3 only makes sense day first, and so is 3/12.
        var europe = read(HEADER + """
                A,One,https://www.linkedin.com/in/a-one,,,,3/12/2024
                B,Two,https://www.linkedin.com/in/b-two,,,,25/3/2024
                """);
        assertThat(europe.rows()).extracting(Row::connectedOn)
            .containsExactly(LocalDate.of(2024, 12, 3), LocalDate.of(2024, 3, 25));
        // A file that proves both orders is read date by date, day first where either
        // would do.
        var mixed = read(HEADER + """
                A,One,https://www.linkedin.com/in/a-one,,,,3/12/2024
                B,Two,https://www.linkedin.com/in/b-two,,,,25/3/2024
                C,Three,https://www.linkedin.com/in/c-three,,,,3/25/2024
                """);
        assertThat(mixed.rows()).extracting(Row::connectedOn)
            .containsExactly(LocalDate.of(2024, 12, 3), LocalDate.of(2024, 3, 25), LocalDate.of(2024, 3, 25));
        assertThat(mixed.undatedRows()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "13/13/2024", "29 Feb 2023", "12 Foo 2024", "March 2024", "12 Mar", "2024",
            "12 Mar 2024 extra", "45678", "12 Mar 924" })
    void leaves_other_dates_empty(String written) {
        var parsed = read(HEADER + "Dana,Reyes,https://www.linkedin.com/in/dana-reyes,,,,\"" + written + "\"\n");

        assertThat(parsed.rows().getFirst().connectedOn()).isNull();
        assertThat(parsed.undatedRows()).isEqualTo(1);
    }

    @Test
    void refuses_a_file_that_is_not_connections_csv() {
        assertThatThrownBy(() -> read("Name,Email,Company\nDana Reyes,dana@acme.example,Acme\n"))
            .isInstanceOf(RuleViolation.class)
            .hasMessage("This is not LinkedIn's Connections.csv: no row with the columns First Name, Last Name"
                    + " and URL. Download it from LinkedIn: Settings → Data privacy → Get a copy of your data"
                    + " → Connections.");
        assertThatThrownBy(() -> read(NOTES + "First Name,Last Name,Company\nDana,Reyes,Acme\n"))
            .hasMessageStartingWith("This is not LinkedIn's Connections.csv");
    }

    @Test
    void refuses_an_empty_file() {
        for (var empty : new byte[][] { {}, { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, "\r\n \n".getBytes() }) {
            assertThatThrownBy(() -> ConnectionsCsv.read(empty)).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("The file is empty.");
        }
    }

    @Test
    void refuses_a_spreadsheet_workbook() {
        byte[] xlsx = { 'P', 'K', 3, 4, 20, 0, 6, 0 };

        assertThatThrownBy(() -> ConnectionsCsv.read(xlsx)).isInstanceOf(RuleViolation.class)
            .hasMessageStartingWith("This is a spreadsheet workbook, not LinkedIn's Connections.csv.");
    }

    @Test
    void refuses_a_file_whose_quotes_are_not_closed() {
        assertThatThrownBy(() -> read(HEADER + DANA + "Milo,Tanaka,https://www.linkedin.com/in/milo,,\"Globex\n"))
            .isInstanceOf(RuleViolation.class)
            .hasMessageStartingWith("The file is not valid CSV from line 3 on");
    }

    @Test
    void reads_thirty_thousand_rows_and_refuses_more_saying_how_many() {
        assertThat(read(NOTES + HEADER + rows(ConnectionsCsv.MAX_ROWS)).rows()).hasSize(ConnectionsCsv.MAX_ROWS);

        assertThatThrownBy(() -> read(NOTES + HEADER + rows(ConnectionsCsv.MAX_ROWS + 1)))
            .isInstanceOf(RuleViolation.class)
            .hasMessageStartingWith("LinkedIn allows at most 30,000 connections, but this file has 30,001 rows.");
    }

    private static String rows(int count) {
        var rows = new StringBuilder(count * 110);
        for (int i = 0; i < count; i++) {
            rows.append("First")
                .append(i)
                .append(",Last")
                .append(i)
                .append(",https://www.linkedin.com/in/person-")
                .append(i)
                .append(",,\"Company ")
                .append(i % 500)
                .append(", Inc.\",Account Executive,")
                .append(1 + i % 28)
                .append(" Mar 2024\n");
        }
        return rows.toString();
    }

    @Test
    void reads_windows_1252_bytes_as_excel_on_windows_saves_them() {
        var file = "First Name;Last Name;URL;Company;Connected On\r\n"
                + "Jürgen;Müller;https://www.linkedin.com/in/juergen-mueller;Café Crème GmbH;12.03.2024\r\n";
        byte[] cp1252 = file.getBytes(Charset.forName("windows-1252"));

        var parsed = ConnectionsCsv.read(cp1252);

        assertThat(parsed.rows()).extracting(Row::firstName, Row::lastName, Row::company, Row::connectedOn)
            .containsExactly(tuple("Jürgen", "Müller", "Café Crème GmbH", LocalDate.of(2024, 3, 12)));
    }

}
