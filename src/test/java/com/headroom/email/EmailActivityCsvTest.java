package com.headroom.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailActivityCsvTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static ActivityFile read(String text) {
        return EmailActivityCsv.read(text.getBytes(StandardCharsets.UTF_8), NEW_YORK);
    }

    private static ActivityFile sample(String name) {
        try (InputStream in = EmailActivityCsvTest.class.getResourceAsStream("/email/" + name)) {
            return EmailActivityCsv.read(in.readAllBytes(), NEW_YORK);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    private static void assertCounted(ActivityFile file) {
        long rowsWithActivities = file.activities().stream().map(EmailActivity::rowNumber).distinct().count();
        assertThat(rowsWithActivities + file.rejected().size() + file.skippedRows()).isEqualTo(file.rowsRead());
    }

    @Test
    void reads_lemlists_activity_export() {
        var file = sample("lemlist-activities.csv");

        assertThat(file.recognisedTool()).isEqualTo(EmailTool.LEMLIST);
        assertThat(file.activities())
            .extracting(EmailActivity::rowNumber, EmailActivity::address, EmailActivity::event, EmailActivity::at)
            .containsExactly(tuple(2, "dana@acme.example", EmailEvent.SENT, at("2026-12-03T14:05:00.375Z")),
                    tuple(3, "dana@acme.example", EmailEvent.OPENED, at("2026-12-03T15:00:00Z")),
                    tuple(4, "dana@acme.example", EmailEvent.OPENED, at("2026-12-03T15:01:30Z")),
                    tuple(5, "dana@acme.example", EmailEvent.REPLIED, at("2026-12-04T08:00:00Z")),
                    tuple(7, "milo@globex.example", EmailEvent.BOUNCED, at("2026-12-03T14:06:00Z")));
        assertThat(file.skippedRows()).as("the LinkedIn step").isEqualTo(1);
        assertThat(file.rejected()).singleElement().satisfies(r -> {
            assertThat(r.rowNumber()).isEqualTo(8);
            assertThat(r.reason()).isEqualTo("Row 8: “emailsUnsubscribed”: the recipient unsubscribed or reported"
                    + " spam. Headroom does not read this: mark the prospect Do not contact.");
            assertThat(r.rawLine()).startsWith("act_07,emailsUnsubscribed,").doesNotEndWith("\n");
        });
        assertThat(file.rowsRead()).isEqualTo(7);
        assertCounted(file);
    }

    @Test
    void reads_instantlys_lead_export_one_activity_per_filled_event_column() {
        var file = sample("instantly-leads.csv");

        assertThat(file.recognisedTool()).isEqualTo(EmailTool.INSTANTLY);
        assertThat(file.activities())
            .extracting(EmailActivity::rowNumber, EmailActivity::address, EmailActivity::event, EmailActivity::at)
            .containsExactly(tuple(2, "dana@acme.example", EmailEvent.SENT, at("2026-12-03T14:05:00Z")),
                    tuple(2, "dana@acme.example", EmailEvent.OPENED, at("2026-12-03T15:00:00Z")),
                    tuple(2, "dana@acme.example", EmailEvent.REPLIED, at("2026-12-04T08:00:00Z")),
                    tuple(3, "milo@globex.example", EmailEvent.SENT, at("2026-12-03T14:06:00Z")),
                    tuple(3, "milo@globex.example", EmailEvent.BOUNCED, null),
                    tuple(5, "ola@umbrella.example", EmailEvent.SENT, at("2026-12-03T14:20:00Z")),
                    tuple(5, "ola@umbrella.example", EmailEvent.BOUNCED, null));
        assertThat(file.skippedRows()).as("a lead not contacted yet").isEqualTo(1);
        assertThat(file.rejected()).isEmpty();
        assertCounted(file);
    }

    @Test
    void reads_apollos_contact_export_with_true_false_columns() {
        var file = sample("apollo-contacts.csv");

        assertThat(file.recognisedTool()).isEqualTo(EmailTool.APOLLO);
        assertThat(file.activities()).extracting(EmailActivity::rowNumber, EmailActivity::event, EmailActivity::at)
            .containsExactly(tuple(2, EmailEvent.SENT, at("2026-12-03T19:05:00Z")), tuple(2, EmailEvent.OPENED, null),
                    tuple(2, EmailEvent.REPLIED, null), tuple(4, EmailEvent.SENT, null),
                    tuple(4, EmailEvent.BOUNCED, null));
        assertThat(file.skippedRows()).isEqualTo(1);
        assertCounted(file);
    }

    @Test
    void reads_hubspots_email_events_with_epoch_milliseconds_and_its_own_ids() {
        var file = sample("hubspot-email-events.csv");

        assertThat(file.recognisedTool()).isEqualTo(EmailTool.HUBSPOT);
        assertThat(file.activities())
            .extracting(EmailActivity::rowNumber, EmailActivity::address, EmailActivity::event, EmailActivity::at)
            .containsExactly(tuple(2, "dana@acme.example", EmailEvent.SENT, at("2026-12-03T14:05:00Z")),
                    tuple(5, "dana@acme.example", EmailEvent.OPENED, at("2026-12-03T15:00:00Z")),
                    tuple(6, "dana@acme.example", EmailEvent.OPENED, at("2026-12-03T15:01:30Z")),
                    tuple(7, "milo@globex.example", EmailEvent.BOUNCED, at("2026-12-03T14:06:00Z")));
        assertThat(file.skippedRows()).as("PROCESSED and DELIVERED").isEqualTo(2);
        assertThat(file.rejected()).extracting(RejectedActivityRow::rowNumber).containsExactly(8);
        assertCounted(file);
    }

    @Test
    void reads_a_salesforce_email_status_report_with_us_dates_in_the_teams_zone() {
        var file = sample("salesforce-email-status.csv");

        assertThat(file.recognisedTool()).isEqualTo(EmailTool.SALESFORCE);
        assertThat(file.activities()).extracting(EmailActivity::rowNumber, EmailActivity::event, EmailActivity::at)
            .containsExactly(tuple(2, EmailEvent.SENT, at("2026-12-03T19:05:00Z")),
                    tuple(2, EmailEvent.OPENED, at("2026-12-03T20:00:00Z")),
                    tuple(3, EmailEvent.SENT, at("2026-12-03T19:06:00Z")),
                    tuple(3, EmailEvent.BOUNCED, at("2026-12-03T19:07:00Z")));
        assertThat(file.rejected()).isEmpty();
        assertCounted(file);
    }

    @Test
    void the_same_sample_read_twice_has_the_same_keys_and_different_events_different_keys() {
        for (String name : new String[] { "lemlist-activities.csv", "instantly-leads.csv", "apollo-contacts.csv",
                "hubspot-email-events.csv", "salesforce-email-status.csv" }) {
            var once = sample(name).activities().stream().map(EmailActivity::rowKey).toList();
            var twice = sample(name).activities().stream().map(EmailActivity::rowKey).toList();

            assertThat(twice).as(name).isEqualTo(once).doesNotHaveDuplicates();
        }
    }

    @Test
    void reads_a_generic_file_with_an_event_and_a_date_column() {
        var file = read("""
                Recipient,Event,Date,Subject
                Dana Reyes <Dana@Acme.example>,Email sent,2026-12-03T14:05:00Z,Hello
                milo@globex.example,hard bounce,2026-12-03 09:06,Hello
                ines@initech.example,reply,,Hello
                ola@umbrella.example,delivered,2026-12-03T14:05:00Z,Hello
                """);

        assertThat(file.recognisedTool()).isNull();
        assertThat(file.activities()).extracting(EmailActivity::address, EmailActivity::event, EmailActivity::at)
            .containsExactly(tuple("dana@acme.example", EmailEvent.SENT, at("2026-12-03T14:05:00Z")),
                    tuple("milo@globex.example", EmailEvent.BOUNCED, at("2026-12-03T14:06:00Z")),
                    tuple("ines@initech.example", EmailEvent.REPLIED, null));
        assertThat(file.skippedRows()).isEqualTo(1);
        assertCounted(file);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sent            | SENT
            Delivered       | -
            opened          | OPENED
            open            | OPENED
            clicked         | OPENED
            Replied         | REPLIED
            reply           | REPLIED
            bounced         | BOUNCED
            BOUNCE          | BOUNCED
            Hard bounce     | BOUNCED
            hard_bounce     | BOUNCED
            Email sent      | SENT
            emailsSent      | SENT
            emailsOpened    | OPENED
            emailsReplied   | REPLIED
            emailsBounced   | BOUNCED
            soft bounce     | -
            """)
    void reads_the_event_words_of_the_tools(String written, String expected) {
        var file = read("email,status,date\ndana@acme.example," + written + ",2026-12-03\n");

        if (expected.equals("-")) {
            assertThat(file.activities()).isEmpty();
            assertThat(file.skippedRows()).isEqualTo(1);
        }
        else {
            assertThat(file.activities()).extracting(EmailActivity::event)
                .containsExactly(EmailEvent.valueOf(expected));
        }
        assertThat(file.rejected()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            textBlock = """
                    'dana@acme.example,waiting,2026-12-03'         | Row 2: “waiting” is not sent, opened, replied or bounced
                    'dana@acme.example,,2026-12-03'                | Row 2: no event in “Status”
                    ',sent,2026-12-03'                             | Row 2: no e-mail address in “E-mail”
                    'dana.reyes,sent,2026-12-03'                   | Row 2: “E-mail” dana.reyes is not an e-mail address
                    'dana@acme.example,sent,31/31/2026'            | Row 2: “Date” 31/31/2026 is not a date
                    'dana@acme.example,sent,soon'                  | Row 2: “Date” soon is not a date
                    'dana@acme.example,sent,2026-12-03,,oops'      | Row 2: the row has more cells than the header row, so its columns can't be told apart (a comma in a value without quotes around it?)
                    'dana@acme.example,unsubscribed,2026-12-03'    | Row 2: “unsubscribed”: the recipient unsubscribed or reported spam. Headroom does not read this: mark the prospect Do not contact.
                    """)
    void rejects_a_row_naming_the_column_and_the_value(String row, String reason) {
        var file = read("E-mail,Status,Date,Note\n" + row + "\n");

        assertThat(file.activities()).isEmpty();
        assertThat(file.rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(reason);
            assertThat(r.rowNumber()).isEqualTo(2);
            assertThat(r.rawLine()).isEqualTo(row);
        });
        assertCounted(file);
    }

    @Test
    void a_bad_cell_in_a_column_per_event_rejects_the_whole_row() {
        var file = read("""
                email,sent,replied
                dana@acme.example,2026-12-03,maybe
                milo@globex.example,2026-12-03,
                """);

        assertThat(file.rejected()).extracting(RejectedActivityRow::reason)
            .containsExactly("Row 2: “replied” maybe is not a date");
        assertThat(file.activities()).extracting(EmailActivity::address).containsExactly("milo@globex.example");
    }

    @Test
    void a_repeated_row_has_the_same_key_and_is_rejected_naming_the_first() {
        String row = "dana@acme.example,sent,2026-12-03T14:05:00Z\n";
        var file = read("email,status,date\n" + row + "milo@globex.example,sent,2026-12-03T14:05:00Z\n" + row);
        var again = read("email,status,date\n\n\n" + row);

        assertThat(file.activities()).hasSize(2);
        assertThat(file.rejected()).extracting(RejectedActivityRow::rowNumber, RejectedActivityRow::reason)
            .containsExactly(tuple(4, "Row 4: the same as row 2, which is read once"));
        assertThat(again.activities()).singleElement().satisfies(a -> {
            assertThat(a.rowNumber()).as("blank lines count as the spreadsheet's rows").isEqualTo(4);
            assertThat(a.rowKey()).isEqualTo(file.activities().getFirst().rowKey());
        });
    }

    @Test
    void keys_ignore_case_and_seconds_but_not_the_event_the_address_or_the_minute() {
        var file = read("""
                email,status,date
                dana@acme.example,sent,2026-12-03T14:05:00Z
                DANA@ACME.EXAMPLE,replied,2026-12-03T14:05:00Z
                dana@acme.example,sent,2026-12-03T14:06:00Z
                milo@globex.example,sent,2026-12-03T14:05:00Z
                dana@acme.example,sent,
                """);
        var sameMinute = read("email,status,date\nDana@Acme.example,sent,2026-12-03T14:05:42Z\n");

        assertThat(file.activities()).extracting(EmailActivity::rowKey).hasSize(5).doesNotHaveDuplicates();
        assertThat(sameMinute.activities().getFirst().rowKey()).isEqualTo(file.activities().getFirst().rowKey());
    }

    @Test
    void an_id_column_is_the_key_in_a_file_with_one_event_per_row() {
        var first = read("id,email,type,date\nact_1,dana@acme.example,sent,2026-12-03T14:05:00Z\n");
        var resent = read("id,email,type,date\nact_2,dana@acme.example,sent,2026-12-03T14:05:00Z\n");
        var reexported = read("email,type,date,id\ndana@acme.example,sent,2026-12-03T14:05:59Z,act_1\n");

        assertThat(resent.activities().getFirst().rowKey()).isNotEqualTo(first.activities().getFirst().rowKey());
        assertThat(reexported.activities().getFirst().rowKey()).isEqualTo(first.activities().getFirst().rowKey());
    }

    @Test
    void reads_a_semicolon_windows_1252_file_from_excel_day_first_for_the_whole_file() {
        String text = "Name;E-mail;Status;Date\r\nRenée Müller;renee@acme.example;Sent;03/12/2026 14:05\r\n"
                + "José Peña;jose@globex.example;Replied;25/12/2026 09:00\r\n";

        var file = EmailActivityCsv.read(text.getBytes(Charset.forName("windows-1252")), NEW_YORK);

        assertThat(file.rejected()).isEmpty();
        assertThat(file.activities()).extracting(EmailActivity::address, EmailActivity::event, EmailActivity::at)
            .containsExactly(tuple("renee@acme.example", EmailEvent.SENT, at("2026-12-03T19:05:00Z")),
                    tuple("jose@globex.example", EmailEvent.REPLIED, at("2026-12-25T14:00:00Z")));
    }

    @Test
    void all_number_dates_are_us_month_first_unless_the_file_shows_otherwise() {
        var file = read("""
                email,status,date
                dana@acme.example,sent,12/03/2026 2:05 PM
                milo@globex.example,sent,07/04/2026 10:00
                """);

        assertThat(file.activities()).extracting(EmailActivity::at)
            .containsExactly(at("2026-12-03T19:05:00Z"), at("2026-07-04T14:00:00Z"));
    }

    @Test
    void a_file_with_dates_both_ways_round_refuses_the_ones_that_could_be_either() {
        var file = read("""
                email,status,date
                dana@acme.example,sent,12/25/2026
                milo@globex.example,sent,25/12/2026
                ines@initech.example,sent,03/12/2026
                """);

        assertThat(file.activities()).hasSize(2);
        assertThat(file.rejected()).extracting(RejectedActivityRow::reason)
            .containsExactly("Row 4: “date” 03/12/2026 could be read day first or month first, and this file has"
                    + " dates written both ways");
    }

    @Test
    void reads_utf8_with_a_bom_and_utf16_text_and_finds_headers_in_any_case_and_punctuation() {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        var utf8 = new ByteArrayOutputStream();
        utf8.writeBytes(bom);
        utf8.writeBytes("LEAD_EMAIL,Event Type,Event-Date\nzoë@bücher.example,SENT,2026-12-03\n"
            .getBytes(StandardCharsets.UTF_8));
        var utf16 = new ByteArrayOutputStream();
        utf16.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
        utf16.writeBytes("e-mail address\tactivity\ttimestamp\r\nzoë@bücher.example\tsent\t2026-12-03\r\n"
            .getBytes(StandardCharsets.UTF_16LE));

        for (byte[] bytes : new byte[][] { utf8.toByteArray(), utf16.toByteArray() }) {
            var file = EmailActivityCsv.read(bytes, NEW_YORK);

            assertThat(file.activities()).extracting(EmailActivity::address, EmailActivity::at)
                .containsExactly(tuple("zoë@bücher.example", at("2026-12-03T05:00:00Z")));
        }
    }

    @Test
    void rows_are_numbered_by_the_line_they_begin_on_and_blank_lines_are_not_rows() {
        var file = read("email,status,date,note\r\n\r\ndana@acme.example,sent,2026-12-03,\"two\nlines\"\r\n"
                + ",,,\r\nmilo@globex.example,sent,2026-12-03,\r\n");

        assertThat(file.rowsRead()).isEqualTo(2);
        assertThat(file.activities()).extracting(EmailActivity::rowNumber).containsExactly(3, 6);
    }

    @Test
    void a_rejected_rows_text_is_cut_at_500_characters() {
        String note = "x".repeat(600);
        var file = read("email,status,date,note\ndana@acme.example,waiting,2026-12-03," + note + "\n");

        assertThat(file.rejected().getFirst().rawLine()).hasSize(500).startsWith("dana@acme.example,waiting,");
    }

    @Test
    void a_file_without_an_address_column_is_refused_naming_its_columns() {
        assertThatThrownBy(() -> read("Name,Status\nDana,sent\n")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("No e-mail address column: found “Name”, “Status”. Headroom needs a column named Email (or"
                    + " Email Address, Lead Email, Recipient …).");
    }

    @Test
    void a_file_without_event_columns_is_refused_naming_what_it_needs() {
        assertThatThrownBy(() -> read("Email,Name\ndana@acme.example,Dana\n"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("No activity columns: found “Email”, “Name”. Headroom needs a column saying what happened"
                    + " (Event, Status or Type) and a Date column, or a column per event (Sent, Opened, Replied,"
                    + " Bounced).");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            textBlock = """
                    ''                                    | The file is empty.
                    '  \n\n'                              | The file is empty.
                    'email,status,date\n"dana,sent,2026'  | The file is not valid CSV from line 2 on: a value in quotes is not closed properly. Export the file from the e-mail tool again.
                    """)
    void refuses_files_it_cannot_read_whole(String text, String message) {
        assertThatThrownBy(() -> read(text.replace("\\n", "\n"))).isInstanceOf(IllegalArgumentException.class)
            .hasMessage(message);
    }

    @Test
    void refuses_a_workbook() {
        byte[] xlsx = { 'P', 'K', 3, 4, 0, 0 };

        assertThatThrownBy(() -> EmailActivityCsv.read(xlsx, NEW_YORK)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("This is a spreadsheet workbook");
    }

    @Test
    void opens_are_read_but_not_logged() {
        assertThat(EmailEvent.OPENED.logged()).isFalse();
        assertThat(EmailEvent.SENT.logged()).isTrue();
        assertThat(EmailEvent.REPLIED.logged()).isTrue();
        assertThat(EmailEvent.BOUNCED.logged()).isTrue();
        assertThat(sample("lemlist-activities.csv").count(EmailEvent.OPENED)).isEqualTo(2);
    }

}
