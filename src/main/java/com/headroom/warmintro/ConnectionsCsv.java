package com.headroom.warmintro;

import com.headroom.tier.LinkedInFigures;
import com.headroom.base.LinkedInProfileUrl;
import com.headroom.base.CsvText;
import com.headroom.base.RuleViolation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVParser;

/**
 * Reads the {@code Connections.csv} file of LinkedIn's "Get a copy of your data", as
 * LinkedIn produces it: a few lines of notes, a blank line, then the header row
 * {@code First Name,Last Name,URL,Email Address,Company,Position,Connected On} and one
 * row per connection.
 *
 * <p>
 * The file as a whole:
 * <ul>
 * <li>Everything before the header row is skipped. The header row is the first record
 * whose cells (trimmed, in any case) include {@code First Name}, {@code Last Name} and
 * {@code URL}; the other columns ({@code Email Address}, {@code Company},
 * {@code Position}, {@code Connected On}) are optional and all columns are found by name,
 * in any order.</li>
 * <li>Charset and delimiter are found as for every import ({@link CsvText}): comma,
 * semicolon or tab (so a file saved again by a spreadsheet is read too); UTF-8, or
 * windows-1252 as Excel on Windows saves it, or UTF-16 with a byte order mark ("Unicode
 * text").</li>
 * <li>Blank lines and rows of empty cells are skipped silently; empty cells after the
 * last column are ignored.</li>
 * <li>A file without such a header row, an empty file, a file that is not valid CSV and a
 * file with more than {@link #MAX_ROWS} rows are refused whole with a
 * {@link RuleViolation}.</li>
 * </ul>
 *
 * <p>
 * Each row is kept or rejected, never guessed at: a row without a profile address, with
 * an address that is not a member's profile, with the same person as an earlier row
 * (compared by {@link LinkedInProfileUrl#key()}), cut short before the name and address
 * columns, or with more filled cells than the header row (a comma without quotes shifts
 * the columns) is rejected with its physical line number and a reason. Cells keep their
 * text as written, with surrounding whitespace stripped.
 *
 * <p>
 * Dates: LinkedIn writes {@code 12 Mar 2024}. Also read are full English month names
 * ({@code 12 March 2024}), {@code Mar 12, 2024}, ISO {@code 2024-03-12}, the spreadsheet
 * forms {@code 12-Mar-24} and {@code 12/03/2024} (also with {@code .} or {@code -}), and
 * a trailing time of day. All-number dates with the year last are read in one order for
 * the whole file, as a spreadsheet wrote them all: month first (M/d/yyyy, US Excel) when
 * some date in the file only makes sense that way ({@code 3/25/2024}) and none only day
 * first; otherwise day first (d/M/yyyy, as Excel writes them outside the US). So in a
 * file that also holds {@code 3/25/2024}, {@code 3/12/2024} is 12 March 2024; on its own
 * it is 3 December. Two-digit years are 20yy. A date that can't be read leaves
 * {@code connectedOn} null and counts in {@link Parsed#undatedRows()}; the row is kept.
 */
public final class ConnectionsCsv {

    /** A file holds at most one member's connections: LinkedIn's cap. */
    public static final int MAX_ROWS = LinkedInFigures.MAX_CONNECTIONS;

    /** Longest {@link Rejected#raw()} text. */
    static final int RAW_LIMIT = 500;

    static final String WHERE = "Download it from LinkedIn: Settings → Data privacy → Get a copy of your data"
            + " → Connections.";

    /**
     * One connection. {@code email}, {@code company} and {@code position} are never null
     * ("" when empty), nor are the names; {@code connectedOn} is null when missing or
     * unreadable.
     */
    public record Row(int line, String firstName, String lastName, LinkedInProfileUrl profile, String email,
            String company, String position, LocalDate connectedOn) {
    }

    /**
     * A row left out: {@code line} is its physical line in the file (1-based, as a text
     * editor shows it), {@code raw} the row as written, cut at 500 characters.
     */
    public record Rejected(int line, String reason, String raw) {
    }

    /**
     * The rows kept, in file order; the rows left out; how many kept rows have no
     * readable date.
     */
    public record Parsed(List<Row> rows, List<Rejected> rejected, int undatedRows) {

        public Parsed {
            rows = List.copyOf(rows);
            rejected = List.copyOf(rejected);
        }
    }

    private ConnectionsCsv() {
    }

    /**
     * Reads the file.
     * @throws RuleViolation with a sentence for the user when the file cannot be read as
     * a whole: empty, not LinkedIn's Connections.csv, not valid CSV, or over
     * {@link #MAX_ROWS} rows
     */
    public static Parsed read(byte[] file) {
        Objects.requireNonNull(file, "file");
        String text = decode(file);
        if (text.isBlank()) {
            throw new RuleViolation("file", "The file is empty. " + WHERE);
        }
        ConnectionsHeader header = ConnectionsHeader.find(text);
        try (CSVParser parser = header.parser()) {
            return new ConnectionRows(text, header).rows();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(byte[] bytes) {
        if (CsvText.isWorkbook(bytes)) {
            throw new RuleViolation("file", "This is a spreadsheet workbook, not LinkedIn's Connections.csv. Upload"
                    + " the Connections.csv file itself, or save the sheet as CSV. " + WHERE);
        }
        return CsvText.decode(bytes);
    }

}
