package com.headroom.base;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * The one way Headroom turns an uploaded CSV file into text and finds its delimiter, so
 * that a file one import accepts, every import accepts: the prospect import and the
 * LinkedIn connections import read through here.
 *
 * <p>
 * Charset: a byte-order mark says UTF-8 or UTF-16 (and is dropped); without one, the
 * bytes are UTF-8 when they are valid UTF-8, and windows-1252 otherwise, as Excel on
 * Windows saves "CSV". Delimiter: comma, semicolon or tab, whichever the first line that
 * holds any of them (outside quotes) holds most, so that a file saved again by a
 * spreadsheet in any locale is read, and a preamble of quoted notes (as LinkedIn's export
 * has) is passed over.
 */
public final class CsvText {

    private static final char[] DELIMITERS = { ',', ';', '\t' };

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvText() {
    }

    /** Whether the bytes are a zipped workbook (.xlsx, .ods) rather than CSV text. */
    public static boolean isWorkbook(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    public static String decode(byte[] bytes) {
        try (var in = BOMInputStream.builder()
            .setInputStream(new ByteArrayInputStream(bytes))
            .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
            .get()) {
            var bom = in.getBOM();
            byte[] rest = in.readAllBytes();
            if (bom != null && !bom.equals(ByteOrderMark.UTF_8)) {
                return new String(rest, bom.getCharsetName());
            }
            try {
                return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(rest))
                    .toString();
            }
            catch (CharacterCodingException notUtf8) {
                return new String(rest, WINDOWS_1252);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Comma, semicolon or tab: the one the first line holding any of them outside quotes
     * holds most (comma on a tie).
     */
    public static char delimiterOf(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            else if (!quoted && (c == '\n' || c == '\r')) {
                if (counts[0] + counts[1] + counts[2] > 0) {
                    break;
                }
            }
            else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

}
