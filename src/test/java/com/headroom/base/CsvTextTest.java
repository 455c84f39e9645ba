package com.headroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one CSV intake: what every import reads a file as. */
class CsvTextTest {

    @Test
    void the_delimiter_is_the_one_the_first_line_holding_any_holds_most_outside_quotes() {
        assertThat(CsvText.delimiterOf("First Name,Last Name;x\n")).isEqualTo(',');
        assertThat(CsvText.delimiterOf("Vorname;Nachname;\"Firma, GmbH\"\n")).isEqualTo(';');
        assertThat(CsvText.delimiterOf("First Name\tLast Name\tURL\r\n")).isEqualTo('\t');
        // LinkedIn's export: notes, a quoted sentence full of commas, a blank line, then
        // the header.
        assertThat(
                CsvText.delimiterOf("Notes:\n\"When exporting, you may notice, that\"\n\nFirst Name;Last Name;URL\n"))
            .isEqualTo(';');
        assertThat(CsvText.delimiterOf("a,b;c\n")).as("a tie reads as comma").isEqualTo(',');
        assertThat(CsvText.delimiterOf("")).isEqualTo(',');
    }

    @Test
    void bytes_are_utf_8_utf_16_by_their_mark_or_windows_1252_as_excel_on_windows_saves_them() {
        assertThat(CsvText.decode("Jürgen".getBytes(StandardCharsets.UTF_8))).isEqualTo("Jürgen");
        assertThat(CsvText.decode(concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
                "Jürgen".getBytes(StandardCharsets.UTF_8))))
            .isEqualTo("Jürgen");
        assertThat(CsvText
            .decode(concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, "Amélie".getBytes(StandardCharsets.UTF_16BE))))
            .isEqualTo("Amélie");
        assertThat(CsvText
            .decode(concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, "Amélie".getBytes(StandardCharsets.UTF_16LE))))
            .isEqualTo("Amélie");
        assertThat(CsvText.decode("Jürgen – Straße €".getBytes(Charset.forName("windows-1252"))))
            .isEqualTo("Jürgen – Straße €");
        assertThat(CsvText.isWorkbook(new byte[] { 'P', 'K', 3, 4 })).isTrue();
        assertThat(CsvText.isWorkbook("PK,x".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

}
