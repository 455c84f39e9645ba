package com.headroom.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EmailToolCsvTest {

    /** Every kind of value that needs quoting or neutralising. */
    private static final List<ExportRow> AWKWARD = List.of(
            new ExportRow("Dana", "Reyes", "dana@acme.example", "Acme, Inc.", "Head of \"Sales\", EMEA",
                    "https://www.linkedin.com/in/dana-reyes", "Lyon,\nFrance"),
            new ExportRow("=HYPERLINK(\"http://evil.example\")", "+cmd|' /C calc'!A0", "-2+3@x.example", "@SUM(A1)",
                    "\tTab", "\rReturn", "Lyon;+cmd|' /C calc'!A0"),
            new ExportRow("Zoë", "Ørsted-Łukasiewicz", "zoe@bücher.example", "株式会社ミライ", "Directrice générale", "",
                    "São Paulo 🇧🇷"));

    private static String write(EmailTool tool, List<ExportRow> rows) throws IOException {
        var out = new StringWriter();
        EmailToolCsv.write(tool, rows, out);
        return out.toString();
    }

    private static List<CSVRecord> parse(String written) throws IOException {
        assertThat(written).startsWith("\uFEFF");
        try (var parser = CSVParser.builder()
            .setReader(new StringReader(written.substring(1)))
            .setFormat(CSVFormat.RFC4180)
            .get()) {
            return parser.getRecords();
        }
    }

    @ParameterizedTest
    @EnumSource(EmailTool.class)
    void writes_a_bom_the_header_and_rows_that_read_back_as_the_safe_values(EmailTool tool) throws IOException {
        var records = parse(write(tool, AWKWARD));

        assertThat(records).hasSize(1 + AWKWARD.size());
        assertThat(records.getFirst().toList()).containsExactlyElementsOf(tool.header());
        for (int i = 0; i < AWKWARD.size(); i++) {
            var expected = tool.cells(AWKWARD.get(i)).stream().map(EmailToolCsvTest::safe).toList();
            assertThat(records.get(i + 1).toList()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void commas_quotes_line_breaks_and_unicode_survive_the_round_trip() throws IOException {
        var dana = parse(write(EmailTool.LEMLIST, AWKWARD)).get(1);
        var zoe = parse(write(EmailTool.LEMLIST, AWKWARD)).get(3);

        assertThat(dana.get(3)).isEqualTo("Acme, Inc.");
        assertThat(dana.get(4)).isEqualTo("Head of \"Sales\", EMEA");
        assertThat(dana.get(6)).isEqualTo("Lyon,\nFrance");
        assertThat(zoe.toList()).containsExactly("zoe@bücher.example", "Zoë", "Ørsted-Łukasiewicz", "株式会社ミライ",
                "Directrice générale", "", "São Paulo 🇧🇷");
    }

    @Test
    void cells_a_spreadsheet_would_run_start_with_an_apostrophe() throws IOException {
        var evil = parse(write(EmailTool.LEMLIST, AWKWARD)).get(2);

        assertThat(evil.toList()).containsExactly("'-2+3@x.example", "'=HYPERLINK(\"http://evil.example\")",
                "'+cmd|' /C calc'!A0", "'@SUM(A1)", "'\tTab", "'\rReturn", "Lyon;+cmd|' /C calc'!A0");
    }

    @Test
    void every_cell_is_quoted_so_a_semicolon_spreadsheet_cannot_split_one() throws IOException {
        String written = write(EmailTool.HUBSPOT, List.of(AWKWARD.get(1)));

        assertThat(written)
            .startsWith("\uFEFF\"First Name\",\"Last Name\",\"Email\",\"Company Name\",\"Job Title\"\r\n");
        assertThat(written).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"'+cmd|' /C calc'!A0\"");
    }

    @Test
    void no_rows_is_the_header_alone() throws IOException {
        assertThat(write(EmailTool.SALESFORCE, List.of()))
            .isEqualTo("\uFEFF\"First Name\",\"Last Name\",\"Email\",\"Company\",\"Title\"\r\n");
    }

    @Test
    void leaves_the_callers_writer_open_and_flushed() throws IOException {
        var closed = new boolean[1];
        var buffer = new StringWriter();
        Writer out = new Writer() {

            @Override
            public void write(char[] chars, int off, int len) {
                buffer.write(chars, off, len);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };

        EmailToolCsv.write(EmailTool.APOLLO, List.of(AWKWARD.getFirst()), out);
        out.write("after");

        assertThat(closed[0]).isFalse();
        assertThat(buffer.toString()).endsWith("\r\nafter").contains("\"Acme, Inc.\"");
    }

    private static String safe(String value) {
        return value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
    }

}
