package com.headroom.prospect.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headroom.Downloaded;
import com.headroom.KaribuTest;
import com.headroom.SignedInAs;
import com.headroom.TestData;
import com.headroom.base.ui.BackgroundWork;
import com.headroom.prospect.DoNotContactKind;
import com.headroom.prospect.DoNotContactService;
import com.headroom.prospect.ImportField;
import com.headroom.prospect.ImportReport;
import com.headroom.prospect.PersonalDataService;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectFilter;
import com.headroom.prospect.ProspectFixtures;
import com.headroom.prospect.ProspectRow;
import com.headroom.prospect.ProspectService;
import com.headroom.security.SystemAuthentication;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * CSV import driven through its page: a file mixing good, bad, known, duplicate and
 * blocked rows.
 */
class ImportViewTest extends KaribuTest {

    @Autowired
    ProspectService prospects;

    @Autowired
    DoNotContactService doNotContact;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    TestData testData;

    @Autowired
    UserDetailsService users;

    private ProspectFixtures team;

    private String run;

    @BeforeEach
    void aTeamWithAKnownProspectABlockedCompanyAndAnErasedPerson() {
        team = new ProspectFixtures(testData, prospects, users);
        run = UUID.randomUUID().toString().substring(0, 6);
        team.add(team.bob, "Sam", "Lee", "Globex", "sam-lee-" + run);
        SignedInAs.run(users, team.bob.email(),
                () -> doNotContact.add(team.team.id(), DoNotContactKind.COMPANY, "Umbrella", "Existing customer"));
        SystemAuthentication.runAsSystem(() -> personalData.erase("https://www.linkedin.com/in/erased-" + run));
    }

    @Test
    void good_rows_are_stored_bad_rows_reported_known_people_only_filled_in_and_blocked_ones_marked() throws Exception {
        var file = csv("\uFEFFFirst Name,Last Name,Company,LinkedIn URL,Email,Location,Tags\r\n"
                + "Jane,Doe,Acme,https://www.linkedin.com/in/jane-doe-" + run + ",jane@acme.com,Berlin,cfo;fintech\r\n"
                + "Sam,Lee,Hooli,https://uk.linkedin.com/in/sam-lee-" + run + "/,sam@globex.com,London,\r\n"
                + ",NoFirst,Acme,https://www.linkedin.com/in/nofirst-" + run + ",,,\r\n"
                + "Bad,Url,Acme,https://www.linkedin.com/company/acme,,,\r\n"
                + "Bad,Mail,Acme,https://www.linkedin.com/in/bad-mail-" + run + ",not-an-email,,\r\n"
                + "Jane,Again,Acme,http://linkedin.com/in/JANE-DOE-" + run + ",,,\r\n"
                + "Ulla,Brella,Umbrella Corporation,https://www.linkedin.com/in/ulla-brella-" + run + ",,,\r\n"
                + "Era,Sed,Acme,https://www.linkedin.com/in/erased-" + run + ",,,\r\n"
                + "\"Quote, Comma\",\"O\"\"Brien\",Acme,https://www.linkedin.com/in/quote-comma-" + run + ",,,\r\n");

        open();
        _get(ImportView.class).fileReceived(file);
        assertThat(mapping()).containsExactly(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.COMPANY,
                ImportField.PROFILE_URL, ImportField.EMAIL, ImportField.LOCATION, ImportField.TAGS);
        _click(_get(Button.class, spec -> spec.withText("Import 9 rows")));

        _get(Paragraph.class, spec -> spec.withText("9 rows: 3 added, 0 already known and filled in, 1 already known"
                + " and unchanged, 1 merged into an earlier row of the same person, 4 not imported."));
        assertThat(rows("rejected-rows")).containsExactly(List.of("4", "Enter the first name."),
                List.of("5",
                        "That is a company page. Enter a person's profile address, like"
                                + " https://www.linkedin.com/in/dana-reyes."),
                List.of("6", "Enter an e-mail address like dana@acme.com, or leave it empty."),
                List.of("9", "This person asked to be erased from Headroom and can't be added again."));
        assertThat(rows("merged-rows"))
            .containsExactly(List.of("7", "Jane Doe", "Same person as row 2; kept 'Doe' over 'Again' for last name."));
        assertThat(rows("do-not-contact-rows"))
            .containsExactly(List.of("8", "Ulla Brella", "Company Umbrella: Existing customer"));
        assertThat(rows("owned-rows")).as("Sam Lee is Bob's: Alice may not fill him in")
            .containsExactly(List.of("3", "Sam Lee", "Bob Rep"));

        var stored = storedByName();
        assertThat(stored).extracting(ProspectRow::fullName)
            .containsExactlyInAnyOrder("Jane Doe", "Sam Lee", "Ulla Brella", "Quote, Comma O\"Brien");
        var sam = details("Sam Lee");
        assertThat(sam.draft().email()).isEmpty();
        assertThat(sam.draft().location()).isEmpty();
        var jane = details("Jane Doe");
        assertThat(jane.draft().tags()).containsExactlyInAnyOrder("cfo", "fintech");
        assertThat(jane.ownerId()).isEqualTo(team.alice.id());
        assertThat(details("Ulla Brella").doNotContact()).isTrue();
    }

    @Test
    void the_first_rows_are_previewed_as_the_current_mapping_reads_them() throws Exception {
        open();
        _get(ImportView.class).fileReceived(
                csv("Name,Profile address,Ignored\n" + "Jane Doe,https://www.linkedin.com/in/jane-" + run + ",x\n"));
        @SuppressWarnings("unchecked")
        Grid<List<String>> preview = _get(Grid.class, spec -> spec.withClasses("import-preview"));
        assertThat(preview.getColumns()).extracting(c -> c.getHeaderText())
            .containsExactly("Full name (first and last)");
        _setValue(select("Profile address"), ImportField.PROFILE_URL);
        assertThat(preview.getColumns()).extracting(c -> c.getHeaderText())
            .containsExactly("Full name (first and last)", "LinkedIn profile");
        assertThat(GridKt._getFormattedRow(preview, 0)).containsExactly("Jane Doe",
                "https://www.linkedin.com/in/jane-" + run);
    }

    @Test
    void a_large_file_imports_in_the_background_with_progress_and_then_shows_the_report() throws Exception {
        var content = new StringBuilder("First Name,LinkedIn URL\n");
        for (int i = 0; i < ImportView.BACKGROUND_FROM_ROWS + 100; i++) {
            content.append("Person")
                .append(i)
                .append(",https://www.linkedin.com/in/bg-")
                .append(run)
                .append('-')
                .append(i)
                .append('\n');
        }
        open();
        _get(ImportView.class).fileReceived(csv(content.toString()));
        _click(_get(Button.class, spec -> spec.withText("Import 2,100 rows")));

        _get(com.vaadin.flow.component.progressbar.ProgressBar.class);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getPollInterval()).isEqualTo(500);
        long deadline = System.currentTimeMillis() + 60_000;
        while (_find(Paragraph.class, spec -> spec.withClasses("import-summary")).isEmpty()
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
        }
        _get(Paragraph.class, spec -> spec.withText("2,100 rows: 2,100 added, 0 already known and filled in, 0 already"
                + " known and unchanged, 0 not imported."));
        assertThat(com.vaadin.flow.component.UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void a_manager_importing_fills_in_only_empty_fields_and_lists_the_values_kept() throws Exception {
        var file = csv("First Name,Last Name,Company,LinkedIn URL,Email,Location\n"
                + "Sam,Lee,Hooli,https://uk.linkedin.com/in/sam-lee-" + run + "/,sam@globex.com,London\n");
        login(team.manager.email());
        navigate("prospects/import");
        _get(ImportView.class).fileReceived(file);
        _click(_get(Button.class, spec -> spec.withText("Import 1 row")));

        _get(Paragraph.class, spec -> spec.withText(
                "1 row: 0 added, 1 already known and filled in, 0 already known" + " and unchanged, 0 not imported."));
        assertThat(rows("kept-values")).containsExactly(List.of("2", "Sam Lee", "Company", "Globex", "Hooli"));
        var sam = details("Sam Lee");
        assertThat(sam.draft().company()).isEqualTo("Globex");
        assertThat(sam.draft().email()).isEqualTo("sam@globex.com");
        assertThat(sam.draft().location()).isEqualTo("London");
        assertThat(sam.ownerId()).isEqualTo(team.bob.id());
        assertThat(sam.history().getFirst().describe()).isEqualTo("Empty fields filled in by an import");
    }

    @Test
    void importing_the_same_file_again_changes_nothing() throws Exception {
        String content = "First Name;Last Name;Company;LinkedIn URL;Email\n"
                + "Jane;Doe;Acme;https://www.linkedin.com/in/jane-doe-" + run + ";jane@acme.com\n"
                + "Sam;Lee;Hooli;https://uk.linkedin.com/in/sam-lee-" + run + "/;sam@globex.com\n"
                + "Bad;Url;Acme;https://www.linkedin.com/sales/lead/ACwAAA,NAME;\n";
        importThroughThePage(csv(content), 3);
        _get(Paragraph.class, spec -> spec.withText(
                "3 rows: 1 added, 0 already known and filled in, 1 already known" + " and unchanged, 1 not imported."));
        var before = details("Jane Doe");

        importThroughThePage(csv(content), 3);
        _get(Paragraph.class, spec -> spec.withText(
                "3 rows: 0 added, 0 already known and filled in, 2 already known" + " and unchanged, 1 not imported."));
        assertThat(storedByName()).hasSize(2);
        assertThat(details("Jane Doe").version()).isEqualTo(before.version());
    }

    @Test
    void a_later_row_of_someone_already_in_the_file_fills_in_what_the_first_left_empty_and_keeps_the_rest()
            throws Exception {
        String content = "First Name,Last Name,LinkedIn URL,Email,Location\n"
                + "Paula,Jones,https://www.linkedin.com/in/paula-jones-" + run + ",,Berlin\n"
                + "Omar,Faruk,https://www.linkedin.com/in/omar-faruk-" + run + ",omar@acme.com,Paris\n"
                + "Paula,Jones,https://de.linkedin.com/in/Paula-Jones-" + run + "/?trk=x,paula@acme.com,Munich\n";
        importThroughThePage(csv(content), 3);

        _get(Paragraph.class, spec -> spec.withText("3 rows: 2 added, 0 already known and filled in, 0 already known"
                + " and unchanged, 1 merged into an earlier row of the same person, 0 not imported."));
        assertThat(rows("merged-rows")).containsExactly(List.of("4", "Paula Jones",
                "Same person as row 2; filled in e-mail; kept 'Berlin' over 'Munich' for location."));
        var paula = details("Paula Jones");
        assertThat(paula.draft().email()).isEqualTo("paula@acme.com");
        assertThat(paula.draft().location()).isEqualTo("Berlin");
        assertThat(paula.history()).extracting(e -> e.describe()).containsExactly("Imported");
        assertThat(storedByName()).extracting(ProspectRow::fullName)
            .containsExactlyInAnyOrder("Paula Jones", "Omar Faruk", "Sam Lee");

        importThroughThePage(csv(content), 3);
        _get(Paragraph.class, spec -> spec.withText("3 rows: 0 added, 0 already known and filled in, 2 already known"
                + " and unchanged, 1 merged into an earlier row of the same person, 0 not imported."));
        assertThat(rows("merged-rows")).containsExactly(
                List.of("4", "Paula Jones", "Same person as row 2; kept 'Berlin' over 'Munich' for location."));
        assertThat(details("Paula Jones").version()).isEqualTo(paula.version());
    }

    @Test
    void a_later_row_of_a_teammates_prospect_is_left_alone_like_the_first() throws Exception {
        var file = csv("First Name,Last Name,LinkedIn URL,Email\n" + "Sam,Lee,https://www.linkedin.com/in/sam-lee-"
                + run + ",\n" + "Sam,Lee,https://www.linkedin.com/in/sam-lee-" + run + ",sam@globex.com\n");
        importThroughThePage(file, 2);

        assertThat(rows("owned-rows")).containsExactly(List.of("2", "Sam Lee", "Bob Rep"));
        assertThat(rows("merged-rows"))
            .containsExactly(List.of("3", "Sam Lee", "Same person as row 2; owned by Bob Rep, so left as it is."));
        assertThat(details("Sam Lee").draft().email()).isEmpty();
    }

    @Test
    void a_row_with_more_or_fewer_cells_than_the_header_is_refused_and_downloads_with_the_rows_not_imported()
            throws Exception {
        var file = csv(
                "First Name,Last Name,Company,LinkedIn URL\n" + "Jane,Doe,Acme,https://www.linkedin.com/in/cells-jane-"
                        + run + "\n" + "Joe,Bloggs,Acme, Inc.,https://www.linkedin.com/in/cells-joe-" + run + "\n"
                        + "Ann,Acme,https://www.linkedin.com/in/cells-ann-" + run + "\n"
                        + "Kim,Lee,Hooli,https://www.linkedin.com/in/cells-kim-" + run + ",\n");
        importThroughThePage(file, 4);

        _get(Paragraph.class, spec -> spec.withText(
                "4 rows: 2 added, 0 already known and filled in, 0 already known" + " and unchanged, 2 not imported."));
        assertThat(rows("rejected-rows")).containsExactly(List.of("3", "Row 3 has 5 cells; the header has 4."),
                List.of("4", "Row 4 has 3 cells; the header has 4."));
        assertThat(storedByName()).extracting(ProspectRow::fullName)
            .containsExactlyInAnyOrder("Jane Doe", "Kim Lee", "Sam Lee");
        assertThat(details("Kim Lee").draft().company()).isEqualTo("Hooli");

        var download = Downloaded.from(_get(Anchor.class, spec -> spec.withClasses("rejected-rows-download")));
        assertThat(download.closedByHandler()).as("Vaadin's stream is Vaadin's to close").isFalse();
        assertThat(download.headers().get("Content-Disposition")).contains("rows-not-imported.csv");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(download.text())).getRecords();
        assertThat(records).extracting(CSVRecord::toList)
            .containsExactly(
                    List.of("Row", "Why it was not imported", "First Name", "Last Name", "Company", "LinkedIn URL"),
                    List.of("3", "Row 3 has 5 cells; the header has 4.", "Joe", "Bloggs", "Acme", " Inc.",
                            "https://www.linkedin.com/in/cells-joe-" + run),
                    List.of("4", "Row 4 has 3 cells; the header has 4.", "Ann", "Acme",
                            "https://www.linkedin.com/in/cells-ann-" + run));
    }

    @Test
    void a_background_import_that_fails_says_so_and_logs_one_warning_with_the_cause_account_and_file_name()
            throws Exception {
        var content = new StringBuilder("First Name,LinkedIn URL\n");
        for (int i = 0; i < ImportView.BACKGROUND_FROM_ROWS + 10; i++) {
            content.append("Secret")
                .append(i)
                .append(",https://www.linkedin.com/in/vanish-")
                .append(run)
                .append('-')
                .append(i)
                .append('\n');
        }
        var file = csv(content.toString());
        open();
        _get(ImportView.class).fileReceived("leads from the fair.csv", file);
        Files.delete(file); // the uploaded file is gone (a temp-file cleaner, a full
                            // disk) before the import reads it
        var logged = new ListAppender<ILoggingEvent>();
        logged.start();
        var logger = (Logger) LoggerFactory.getLogger(BackgroundWork.class);
        logger.addAppender(logged);
        try {
            _click(_get(Button.class, spec -> spec.withText("Import 2,010 rows")));
            long deadline = System.currentTimeMillis() + 30_000;
            while (_find(Paragraph.class, spec -> spec.withClasses("error-text")).isEmpty()
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
                MockVaadin.runUIQueue();
            }
        }
        finally {
            logger.detachAppender(logged);
        }

        _get(Paragraph.class, spec -> spec.withText("The import stopped with an error; rows stored before it stay."
                + " Import the file again: stored rows are skipped."));
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage())
                .startsWith("Prospect import failed (account " + team.alice.id() + ", file \"leads from the"
                        + " fair.csv\"): java.io.UncheckedIOException: ")
                .contains("java.nio.file.NoSuchFileException")
                .doesNotContain("Secret")
                .doesNotContain("\n");
        });
    }

    @Test
    void the_mapping_chosen_last_time_is_offered_again() throws Exception {
        String content = "Vorname,Firma,Profil\nJana,Acme,https://www.linkedin.com/in/jana-" + run + "\n";
        open();
        _get(ImportView.class).fileReceived(csv(content));
        assertThat(mapping()).containsExactly(ImportField.FIRST_NAME, ImportField.IGNORE, ImportField.IGNORE);
        _setValue(select("Firma"), ImportField.COMPANY);
        _setValue(select("Profil"), ImportField.PROFILE_URL);
        _click(_get(Button.class, spec -> spec.withText("Import 1 row")));
        _get(Paragraph.class, spec -> spec.withText(
                "1 row: 1 added, 0 already known and filled in, 0 already known" + " and unchanged, 0 not imported."));

        open();
        _get(ImportView.class).fileReceived(csv(content));
        assertThat(mapping()).containsExactly(ImportField.FIRST_NAME, ImportField.COMPANY, ImportField.PROFILE_URL);
    }

    @Test
    void a_file_excel_saved_on_windows_or_as_unicode_text_is_read_with_its_accents_like_a_connections_file()
            throws Exception {
        var windows = Files.createTempFile("windows-1252", ".csv");
        Files.write(windows, ("First Name;LinkedIn URL\nJürgen;https://www.linkedin.com/in/j-" + run + "\n")
            .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        open();
        _get(ImportView.class).fileReceived(windows);
        @SuppressWarnings("unchecked")
        Grid<List<String>> preview = _get(Grid.class, spec -> spec.withClasses("import-preview"));
        assertThat(GridKt._getFormattedRow(preview, 0)).contains("Jürgen");

        var unicodeText = Files.createTempFile("utf-16", ".txt");
        var bytes = new java.io.ByteArrayOutputStream();
        bytes.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
        bytes.write(("First Name\tLinkedIn URL\r\nAmélie\thttps://www.linkedin.com/in/a-" + run + "\r\n")
            .getBytes(StandardCharsets.UTF_16LE));
        Files.write(unicodeText, bytes.toByteArray());
        open();
        _get(ImportView.class).fileReceived(unicodeText);
        @SuppressWarnings("unchecked")
        Grid<List<String>> second = _get(Grid.class, spec -> spec.withClasses("import-preview"));
        assertThat(GridKt._getFormattedRow(second, 0)).contains("Amélie");
    }

    @Test
    void a_workbook_is_refused_with_what_to_do() throws Exception {
        var file = Files.createTempFile("book", ".xlsx");
        Files.write(file, new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0 });
        open();
        _get(ImportView.class).fileReceived(file);
        _get(Paragraph.class, spec -> spec.withText("This is a spreadsheet workbook, not a CSV file. In your"
                + " spreadsheet, save it as CSV and upload that."));
    }

    private void importThroughThePage(Path file, int rows) {
        open();
        _get(ImportView.class).fileReceived(file);
        _click(_get(Button.class, spec -> spec.withText("Import " + rows + (rows == 1 ? " row" : " rows"))));
    }

    private void open() {
        login(team.alice.email());
        navigate("prospects/import");
    }

    @SuppressWarnings("unchecked")
    private static List<ImportField> mapping() {
        return _find(Select.class).stream().map(s -> (ImportField) s.getValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Select<ImportField> select(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    /** The first cells of each row of the report grid with this class name. */
    private static List<List<String>> rows(String className) {
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withClasses(className));
        int size = GridKt._size(grid);
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            var cells = GridKt._getFormattedRow(grid, i);
            rows.add(className.equals("rejected-rows") ? cells.subList(0, 2) : cells);
        }
        return rows;
    }

    private List<ProspectRow> storedByName() {
        return SignedInAs.call(users, team.alice.email(),
                () -> prospects.search(ProspectFilter.team(team.team.id()), PageRequest.of(0, 50, Sort.by("name"))));
    }

    private ProspectDetails details(String name) {
        long id = storedByName().stream().filter(r -> r.fullName().equals(name)).findFirst().orElseThrow().id();
        return SignedInAs.call(users, team.alice.email(), () -> prospects.details(id));
    }

    private static Path csv(String content) throws Exception {
        var file = Files.createTempFile("prospects", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

}
