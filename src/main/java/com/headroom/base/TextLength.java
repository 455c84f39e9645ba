package com.headroom.base;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * One counting rule for every text a rep writes (notes, messages, InMails, posts): a
 * character is what a reader sees as one, a grapheme cluster as {@link BreakIterator}
 * finds it (extended clusters since Java 20). "é" typed as e + combining accent is 1,
 * 👍🏽 is 1, 🇩🇪 is 1, 👩‍💻 is 1, a line break is 1. The counters on screen and the
 * checks on the server use this same rule.
 */
public final class TextLength {

    private TextLength() {
    }

    public static int of(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        var it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(text);
        int count = 0;
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

}
