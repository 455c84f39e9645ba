package com.headroom.prospect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.HeadroomTest;
import com.headroom.SignedInAs;
import com.headroom.TestData;
import com.headroom.base.RuleViolation;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The import's limits and refusals, and a file large enough to import in several batches.
 */
@HeadroomTest
class ProspectImportServiceTest {

    private static final List<ImportField> NAME_URL = List.of(ImportField.FIRST_NAME, ImportField.PROFILE_URL);

    @Autowired
    ProspectImportService imports;

    @Autowired
    ProspectService prospects;

    @Autowired
    TestData testData;

    @Autowired
    UserDetailsService users;

    private ProspectFixtures team;

    private String run;

    @BeforeEach
    void aTeamOfItsOwn() {
        team = new ProspectFixtures(testData, prospects, users);
        run = UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void a_file_over_10_mb_is_refused_before_anything_is_read() throws Exception {
        var file = Files.createTempFile("big", ".csv");
        Files.write(file, new byte[(int) ProspectImportService.UPLOAD_LIMIT.bytes() + 1]);
        assertThatThrownBy(() -> asAlice(() -> imports.preview(file))).isInstanceOf(RuleViolation.class)
            .hasMessage("The file is larger than 10 MB. Split it into smaller files.");
    }

    @Test
    void a_file_over_100000_rows_is_refused() throws Exception {
        var content = new StringBuilder("First Name,LinkedIn URL\n");
        for (int i = 0; i <= ProspectImportService.MAX_ROWS; i++) {
            content.append("P,x").append(i).append('\n');
        }
        var file = csv(content.toString());
        assertThatThrownBy(() -> asAlice(() -> imports.preview(file))).isInstanceOf(RuleViolation.class)
            .hasMessage("The file has more than 100,000 rows. Split it into smaller files.");
    }

    @Test
    void an_empty_file_asks_for_a_header_row() throws Exception {
        var file = csv("\uFEFF\r\n");
        assertThatThrownBy(() -> asAlice(() -> imports.preview(file))).isInstanceOf(RuleViolation.class)
            .hasMessage("The file is empty. It needs a header row, then one row per person.");
    }

    @Test
    void a_semicolon_file_with_a_byte_order_mark_and_windows_line_ends_is_read() throws Exception {
        var file = csv(
                "\uFEFFVorname;LinkedIn\r\n\"Müller; Jörg\";https://de.linkedin.com/in/j%C3%B6rg-" + run + "\r\n");
        var preview = asAlice(() -> imports.preview(file));
        assertThat(preview.delimiter()).isEqualTo(';');
        assertThat(preview.headers()).containsExactly("Vorname", "LinkedIn");
        assertThat(preview.firstRows())
            .containsExactly(List.of("Müller; Jörg", "https://de.linkedin.com/in/j%C3%B6rg-" + run));
        assertThat(preview.mapping()).containsExactly(ImportField.FIRST_NAME, ImportField.PROFILE_URL);
    }

    @Test
    void a_mapping_without_the_profile_column_is_refused() throws Exception {
        var file = csv("First Name,Company\nJane,Acme\n");
        assertThatThrownBy(() -> asAlice(() -> imports.importFile(team.team.id(), file,
                List.of(ImportField.FIRST_NAME, ImportField.COMPANY), done -> {
                })))
            .isInstanceOf(RuleViolation.class)
            .hasMessageStartingWith("Choose the column with the LinkedIn profile address");
    }

    @Test
    void a_field_mapped_from_two_columns_is_refused() throws Exception {
        var file = csv("First,Given,URL\nJane,J,https://www.linkedin.com/in/x-" + run + "\n");
        assertThatThrownBy(() -> asAlice(() -> imports.importFile(team.team.id(), file,
                List.of(ImportField.FIRST_NAME, ImportField.FIRST_NAME, ImportField.PROFILE_URL), done -> {
                })))
            .isInstanceOf(RuleViolation.class)
            .hasMessage("Each field can come from one column only: First name is chosen more than once.");
    }

    @Test
    void nobody_imports_into_a_team_that_is_not_theirs() throws Exception {
        var other = new ProspectFixtures(testData, prospects, users);
        var file = csv("First Name,LinkedIn URL\nJane,https://www.linkedin.com/in/jane-" + run + "\n");
        assertThatThrownBy(() -> asAlice(() -> imports.importFile(other.team.id(), file, NAME_URL, done -> {
        }))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_large_file_is_imported_in_batches_with_progress_and_every_row_accounted_for() throws Exception {
        int rows = 2_500;
        var content = new StringBuilder("First Name,LinkedIn URL\n");
        for (int i = 0; i < rows; i++) {
            // every 100th row has no name, so that rejections span the batches
            content.append(i % 100 == 0 ? "" : "Person" + i)
                .append(",https://www.linkedin.com/in/bulk-")
                .append(run)
                .append('-')
                .append(i)
                .append('\n');
        }
        List<Integer> progress = new ArrayList<>();
        var file = csv(content.toString());
        var report = asAlice(() -> imports.importFile(team.team.id(), file, NAME_URL, progress::add));

        assertThat(progress).containsExactly(1000, 2000, 2500);
        assertThat(report.rows()).isEqualTo(rows);
        assertThat(report.added()).isEqualTo(rows - 25);
        assertThat(report.rejected()).hasSize(25)
            .allSatisfy(r -> assertThat(r.reason()).isEqualTo("Enter the first name."));
        assertThat(report.rejected().getLast().rowNumber()).isEqualTo(2402);
        assertThat(report.added() + report.filledIn() + report.unchanged() + report.rejectedCount()).isEqualTo(rows);
        assertThat(asAlice(() -> prospects.count(ProspectFilter.team(team.team.id())))).isEqualTo(rows - 25);
        assertThat(asAlice(() -> prospects.count(ProspectFilter.team(team.team.id()).withText("person2499"))))
            .isEqualTo(1);
    }

    @Test
    void the_rejected_rows_download_as_csv_with_their_row_number_reason_and_values() throws Exception {
        var file = csv("First Name,LinkedIn URL,Notes\n" + "Good,https://www.linkedin.com/in/good-" + run + ",\n"
                + ",https://www.linkedin.com/in/noname-" + run + ",=HYPERLINK(\"http://evil\")\n");
        var report = asAlice(() -> imports.importFile(team.team.id(), file,
                List.of(ImportField.FIRST_NAME, ImportField.PROFILE_URL, ImportField.NOTES), done -> {
                }));

        String text = Files.readString(report.rejectedCsv(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.get(0).toList()).containsExactly("Row", "Why it was not imported", "First Name",
                "LinkedIn URL", "Notes");
        assertThat(records.get(1).toList()).containsExactly("3", "Enter the first name.", "",
                "https://www.linkedin.com/in/noname-" + run, "'=HYPERLINK(\"http://evil\")");
        assertThat(records).hasSize(2);
    }

    @Test
    void a_person_named_again_a_thousand_rows_later_is_merged_into_the_record_the_first_row_added() throws Exception {
        var content = new StringBuilder("First Name,LinkedIn URL,Email\n");
        content.append("Paula,https://www.linkedin.com/in/paula-").append(run).append(",\n");
        for (int i = 0; i < ProspectImportService.CHUNK + 200; i++) {
            content.append("Person")
                .append(i)
                .append(",https://www.linkedin.com/in/chunk-")
                .append(run)
                .append('-')
                .append(i)
                .append(",\n");
        }
        content.append("Paula,https://www.linkedin.com/in/PAULA-").append(run).append("/,paula@acme.com\n");
        var file = csv(content.toString());
        var report = asAlice(() -> imports.importFile(team.team.id(), file,
                List.of(ImportField.FIRST_NAME, ImportField.PROFILE_URL, ImportField.EMAIL), done -> {
                }));

        assertThat(report.added()).isEqualTo(ProspectImportService.CHUNK + 201);
        assertThat(report.merged()).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(ProspectImportService.CHUNK + 203);
            assertThat(row.describe()).isEqualTo("Same person as row 2; filled in e-mail.");
        });
        assertThat(
                report.added() + report.filledIn() + report.unchanged() + report.mergedCount() + report.rejectedCount())
            .isEqualTo(report.rows());
        var paula = asAlice(() -> prospects.search(ProspectFilter.team(team.team.id()).withText("paula"),
                org.springframework.data.domain.PageRequest.of(0, 5)))
            .getFirst();
        var details = asAlice(() -> prospects.details(paula.id()));
        assertThat(details.draft().email()).isEqualTo("paula@acme.com");
        assertThat(details.history()).extracting(e -> e.describe())
            .as("a record this import added gets no history of being filled in by it")
            .containsExactly("Imported");
    }

    @Test
    void a_delimiter_at_the_end_of_every_line_and_empty_cells_past_the_last_column_are_not_columns() throws Exception {
        var file = csv("First Name;LinkedIn URL;\r\n" + "Jane;https://www.linkedin.com/in/trailing-jane-" + run
                + ";\r\n" + "Joe;https://www.linkedin.com/in/trailing-joe-" + run + ";;;\r\n");
        var preview = asAlice(() -> imports.preview(file));
        assertThat(preview.headers()).containsExactly("First Name", "LinkedIn URL");
        assertThat(preview.mapping()).containsExactly(ImportField.FIRST_NAME, ImportField.PROFILE_URL);
        assertThat(preview.firstRows()).allSatisfy(row -> assertThat(row).hasSize(2));

        var report = asAlice(() -> imports.importFile(team.team.id(), file, NAME_URL, done -> {
        }));
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.rejected()).isEmpty();
    }

    @Test
    void blank_rows_are_skipped_and_the_rows_after_them_keep_the_number_a_spreadsheet_shows() throws Exception {
        var file = csv("First Name,LinkedIn URL\n" + "Jane,https://www.linkedin.com/in/blank-jane-" + run + "\n" + "\n"
                + ",\n" + ",https://www.linkedin.com/in/blank-noname-" + run + "\n");
        var report = asAlice(() -> imports.importFile(team.team.id(), file, NAME_URL, done -> {
        }));

        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.rejected()).extracting(ImportReport.RejectedRow::rowNumber, ImportReport.RejectedRow::reason)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "Enter the first name."));
    }

    private <T> T asAlice(java.util.function.Supplier<T> work) {
        return SignedInAs.call(users, team.alice.email(), work);
    }

    private static Path csv(String content) throws Exception {
        var file = Files.createTempFile("prospects", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

}
