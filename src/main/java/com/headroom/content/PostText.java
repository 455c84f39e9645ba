package com.headroom.content;

import com.headroom.tier.LinkedInFigures;
import com.headroom.base.TextLength;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a post's text reads on LinkedIn: its length, what shows before "…see more", its
 * hashtags, and what to fix before publishing.
 *
 * <p>
 * Counting rule: a character is what a reader sees as one, a grapheme cluster (Unicode
 * extended grapheme clusters, as {@link BreakIterator} finds them since Java 20). So "é"
 * counts one whether typed as one code point or as "e" plus a combining accent, and 👍🏽
 * (thumb plus skin tone) or 👩‍💻 (a ZWJ sequence) count one each. LinkedIn publishes no
 * rule of its own; this one never counts a post longer than its reader sees it.
 */
public final class PostText {

    public static final int POST_LIMIT = LinkedInFigures.POST_CHARACTERS;

    public static final int ARTICLE_LIMIT = LinkedInFigures.ARTICLE_CHARACTERS;

    public static final int FOLD = LinkedInFigures.POST_FOLD_CHARACTERS;
    static final int FOLD_LINES = 3;

    public static final int MAX_HASHTAGS = LinkedInFigures.HASHTAGS_A_POST;
    static final int HOOK_LENGTH = 150;

    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_])#[\\p{L}\\p{N}_]+");

    private static final Pattern LINK = Pattern.compile("(?i)\\b(https?://|www\\.)\\S+");

    private static final List<String> WEAK_OPENERS = List.of("i'm excited", "i am excited", "i'm happy to",
            "i am happy to", "happy to share", "excited to share", "i'm thrilled", "i am thrilled",
            "proud to announce");

    private PostText() {
    }

    /**
     * Characters as the reader sees them: the rule every text a rep writes is counted by.
     */
    public static int length(String text) {
        return TextLength.of(text);
    }

    /** What the feed shows before "…see more"; the whole text when it is short enough. */
    public static Fold fold(String text) {
        if (text == null) {
            return new Fold("", false);
        }
        var it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(text);
        int end = 0;
        int characters = 0;
        int lines = 1;
        while (characters < FOLD) {
            int next = it.next();
            if (next == BreakIterator.DONE) {
                return new Fold(text, false);
            }
            if (text.substring(end, next).indexOf('\n') >= 0) {
                if (lines == FOLD_LINES) {
                    return new Fold(text.substring(0, end), true);
                }
                lines++;
            }
            end = next;
            characters++;
        }
        return new Fold(text.substring(0, end), end < text.length());
    }

    /** The shown part, and whether the rest hides behind "…see more". */
    public record Fold(String shown, boolean folded) {
    }

    /**
     * Hashtags in the text and the hashtag field together, each once (case-insensitive).
     */
    public static List<String> hashtags(String text, String extra) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> tags = new ArrayList<>();
        for (String source : new String[] { text, extra }) {
            if (source == null) {
                continue;
            }
            Matcher m = HASHTAG.matcher(source);
            while (m.find()) {
                if (seen.add(m.group().toLowerCase(Locale.ROOT))) {
                    tags.add(m.group());
                }
            }
        }
        return tags;
    }

    /** What to fix before publishing, one sentence each. */
    public static List<String> warnings(ContentType type, String text, String hashtagField) {
        List<String> warnings = new ArrayList<>();
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            return warnings;
        }
        int length = length(body);
        if (length > type.characterLimit()) {
            warnings.add(String.format(Locale.ENGLISH, "%,d characters: LinkedIn allows %,d for %s. Cut %,d.", length,
                    type.characterLimit(), article(type), length - type.characterLimit()));
        }
        String firstLine = body.lines().findFirst().orElse("").strip();
        String lower = firstLine.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (type.folds() && length(firstLine) > HOOK_LENGTH) {
            warnings.add("The first line runs " + length(firstLine) + " characters: the hook gets lost. Open with"
                    + " one short line that makes people click \"…see more\".");
        }
        else if (WEAK_OPENERS.stream().anyMatch(lower::startsWith)) {
            warnings.add("The first line is about you (\"" + firstLine.split("[,.!]")[0] + "\"). Open with what the"
                    + " reader gets: a number, a question, a surprise.");
        }
        int tags = hashtags(body, hashtagField).size();
        if (tags > MAX_HASHTAGS) {
            warnings.add(tags + " hashtags: use at most " + MAX_HASHTAGS + "; more look like spam and spread"
                    + " nobody further.");
        }
        if (type.folds() && LINK.matcher(body).find()) {
            warnings.add("A link in the post: LinkedIn shows posts with links to fewer people. Put it in the first"
                    + " comment.");
        }
        return warnings;
    }

    private static String article(ContentType type) {
        return type.folds() ? "a post" : "this " + type.label().toLowerCase(Locale.ROOT);
    }

}
