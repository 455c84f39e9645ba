package com.headroom.prospect;

import com.headroom.base.RuleViolation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file as a header and rows of text, each row with its number (the header is
 * row 1; blank rows are skipped).
 */
record ImportTable(List<String> headers, List<Row> rows, char delimiter) {

    /** One data row: its number as a spreadsheet shows it, and its cells as read. */
    record Row(int number, List<String> cells) {
    }

    static ImportTable read(Path file) {
        try {
            if (Files.size(file) > ProspectImportService.MAX_BYTES) {
                throw new RuleViolation("file", "The file is larger than 10 MB. Split it into smaller files.");
            }
            String text = utf8(Files.readAllBytes(file));
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return parse(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportTable parse(String text) {
        char delimiter = delimiterOf(text);
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> headers = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (headers == null) {
                    headers = values.stream().map(String::strip).toList();
                    continue;
                }
                if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                if (rows.size() >= ProspectImportService.MAX_ROWS) {
                    throw new RuleViolation("file", "The file has more than " + String.format(Locale.ENGLISH,
                            "%,d", ProspectImportService.MAX_ROWS) + " rows. Split it into smaller files.");
                }
                rows.add(new Row(rows.size() + 2, values)); // the header is row 1, as a spreadsheet shows it
            }
        } catch (UncheckedIOException | IllegalStateException | IOException broken) {
            throw new RuleViolation("file", "The file is not valid CSV (" + broken.getMessage()
                    + "). Save it again as CSV from your spreadsheet.");
        }
        if (headers == null || headers.stream().allMatch(String::isEmpty)) {
            throw new RuleViolation("file", "The file is empty. It needs a header row, then one row per person.");
        }
        return new ImportTable(headers, rows, delimiter);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleViolation("file", "The file is not in UTF-8. In your spreadsheet, save it as"
                    + " \"CSV UTF-8\" and upload it again.");
        }
    }

    /** Comma or semicolon, whichever the header row (outside quotes) has more of. */
    static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
