package com.headroom.prospect;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.HeadroomTest;
import com.headroom.SignedInAs;
import com.headroom.TestData;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@HeadroomTest
class ProspectExportTest {

    @Autowired
    ProspectExportService exports;

    @Autowired
    ProspectService prospects;

    @Autowired
    TestData testData;

    @Autowired
    UserDetailsService users;

    private ProspectFixtures team;

    @BeforeEach
    void aTeamWithTrickyProspects() {
        team = new ProspectFixtures(testData, prospects, users);
        SignedInAs.run(users, team.alice.email(), () -> {
            prospects.add(team.team.id(),
                    new ProspectDraft("Eve", "Formula", "=cmd|' /C calc'!A0", "+Acme",
                            "https://www.linkedin.com/in/eve-formula", "eve@acme.com", EmailStatus.VERIFIED, "@SUM(A1)",
                            "\tTabbed", 4, Set.of("-risky"), "Line one\nLine two, \"quoted\""));
            prospects.add(team.team.id(),
                    ProspectFixtures.draft("Plain", "Person", "Globex", "https://www.linkedin.com/in/plain-person"));
        });
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_written_as_text() {
        var records = export(ProspectFilter.team(team.team.id()).withText("eve"));
        assertThat(records).hasSize(1);
        var eve = records.getFirst();
        assertThat(eve.get("First name")).isEqualTo("Eve");
        assertThat(eve.get("Headline")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(eve.get("Company")).isEqualTo("'+Acme");
        assertThat(eve.get("Location")).isEqualTo("'@SUM(A1)");
        assertThat(eve.get("Industry")).as("stored stripped of the tab, so nothing to escape").isEqualTo("Tabbed");
        assertThat(eve.get("Tags")).isEqualTo("'-risky");
        assertThat(eve.get("Team notes")).isEqualTo("Line one\nLine two, \"quoted\"");
        assertThat(eve.get("E-mail status")).isEqualTo("Verified");
        assertThat(eve.get("ICP fit")).isEqualTo("4");
        assertThat(eve.get("Owner")).isEqualTo("Alice Rep");
        assertThat(eve.get("LinkedIn profile")).isEqualTo("https://www.linkedin.com/in/eve-formula");
    }

    @Test
    void the_file_is_rfc_4180_with_crlf_line_ends_quotes_doubled_and_only_the_filtered_rows() {
        String text = exportText(ProspectFilter.team(team.team.id()));
        assertThat(text)
            .startsWith("\uFEFF\"First name\",\"Last name\",\"Headline\",\"Company\",\"LinkedIn profile\",");
        assertThat(text).contains("\r\n").contains("\"Line one\nLine two, \"\"quoted\"\"\"");
        assertThat(parse(text)).hasSize(2);
        assertThat(parse(exportText(ProspectFilter.team(team.team.id()).withText("plain")))).singleElement()
            .satisfies(r -> assertThat(r.get("Company")).isEqualTo("Globex"));
    }

    @Test
    void a_spreadsheet_that_splits_on_semicolons_finds_no_cell_that_runs() {
        SignedInAs.run(users, team.alice.email(),
                () -> prospects.add(team.team.id(),
                        new ProspectDraft("Lou", "Semicolon", "Sales;=1+1", "Acme",
                                "https://www.linkedin.com/in/lou-semicolon", null, EmailStatus.UNKNOWN,
                                "Lyon;+cmd|' /C calc'!A0", null, null, Set.of(), null)));
        String text = exportText(ProspectFilter.team(team.team.id()));

        assertThat(text).contains("\"Lyon;+cmd|' /C calc'!A0\"");
        // A German or French spreadsheet reads the same file with ';' as its delimiter:
        // it splits
        // wherever a ';' stands outside quotes, and a quote opens or closes at every '"'.
        for (var cell : splitOutsideQuotes(text.substring(1), ';')) {
            assertThat(cell.replace("\"", "")).as("a cell split off at a semicolon")
                .doesNotStartWith("+")
                .doesNotStartWith("=")
                .doesNotStartWith("@")
                .doesNotStartWith("-");
        }
        assertThat(export(ProspectFilter.team(team.team.id()).withText("semicolon"))).singleElement()
            .satisfies(r -> assertThat(r.get("Location")).isEqualTo("Lyon;+cmd|' /C calc'!A0"));
    }

    private List<CSVRecord> export(ProspectFilter filter) {
        return parse(exportText(filter));
    }

    private String exportText(ProspectFilter filter) {
        var out = new StringWriter();
        SignedInAs.run(users, team.alice.email(), () -> {
            try {
                exports.exportCsv(filter, out);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out.toString();
    }

    private static List<String> splitOutsideQuotes(String text, char delimiter) {
        List<String> cells = new java.util.ArrayList<>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && (c == delimiter || c == '\n' || c == '\r')) {
                cells.add(cell.toString());
                cell.setLength(0);
            }
            else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /**
     * The data rows, each readable by column name (the byte-order mark and header row
     * read first).
     */
    private static List<CSVRecord> parse(String text) {
        assertThat(text).startsWith("\uFEFF");
        try {
            return CSVFormat.RFC4180.builder()
                .setHeader()
                .get()
                .parse(new StringReader(text.substring(1)))
                .getRecords();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
