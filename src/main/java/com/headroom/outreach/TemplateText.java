package com.headroom.outreach;

import com.headroom.base.TextLength;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Merge fields, the spam lint and the comparison of two templates: plain functions, no
 * I/O.
 */
public final class TemplateText {

    /** The merge fields reps know from LinkedIn playbooks. */
    public static final List<String> FIELDS = List.of("[Name]", "[Company]", "[Position]", "[Mutual connection]",
            "[Topic]", "[Event]");

    private static final Pattern FIELD = Pattern.compile("\\[(Name|Company|Position|Mutual connection|Topic|Event)]");

    private static final Pattern LINK = Pattern
        .compile("(?i)\\b(https?://\\S+|www\\.\\S+|[a-z0-9-]+\\.(com|io|net|org|co|ly|me|biz|info)(/\\S*)?)\\b");

    private static final Pattern SHOUTED = Pattern.compile("\\b\\p{Lu}{4,}\\b");

    private static final Pattern EXCLAMATIONS = Pattern.compile("!{2,}");

    /** Words that spam filters and wary readers both react to. */
    private static final List<String> PROMOTIONAL = List.of("free", "guarantee", "guaranteed", "limited offer",
            "limited time", "act now", "buy now", "discount", "risk-free", "special offer", "no obligation",
            "click here", "100%", "winner", "cash");

    private TemplateText() {
    }

    /**
     * Fills the merge fields: [Name] is the first name (how notes greet), [Position] the
     * prospect's headline; a field without a value stays in the text for the rep to fill.
     */
    public static @Nullable String merge(@Nullable String text, @Nullable String firstName, @Nullable String company,
            @Nullable String position, MergeValues values) {
        if (text == null) {
            return null;
        }
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "Name" -> firstName;
                case "Company" -> company;
                case "Position" -> position;
                case "Mutual connection" -> values.mutualConnection();
                case "Topic" -> values.topic();
                default -> values.event();
            };
            m.appendReplacement(out,
                    Matcher.quoteReplacement(value == null || value.isBlank() ? m.group() : value.strip()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Merge fields left in a text. */
    public static List<String> unfilled(String text) {
        Set<String> left = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = FIELD.matcher(text);
            while (m.find()) {
                left.add(m.group());
            }
        }
        return List.copyOf(left);
    }

    /** Characters as LinkedIn counts them: an emoji or an accented letter is one. */
    public static int length(String text) {
        return TextLength.of(text);
    }

    /**
     * What gets a connection request or message marked as spam, one sentence per finding.
     */
    public static List<String> lint(String text) {
        List<String> warnings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return warnings;
        }
        String withoutFields = FIELD.matcher(text).replaceAll(" ");
        if (LINK.matcher(withoutFields).find()) {
            warnings.add("A link: requests with links get marked as spam. Share it after they accept.");
        }
        Set<String> shouted = new LinkedHashSet<>();
        Matcher caps = SHOUTED.matcher(withoutFields);
        while (caps.find()) {
            shouted.add(caps.group());
        }
        if (!shouted.isEmpty()) {
            warnings.add("All-caps words read as shouting: " + String.join(", ", shouted) + ".");
        }
        if (EXCLAMATIONS.matcher(withoutFields).find()) {
            warnings.add("Several exclamation marks in a row look like an advert.");
        }
        String lower = withoutFields.toLowerCase(Locale.ROOT);
        List<String> promotional = new ArrayList<>();
        for (String word : PROMOTIONAL) {
            if (Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word) + "(?![\\p{L}\\d])").matcher(lower).find()) {
                promotional.add("\"" + word + "\"");
            }
        }
        if (!promotional.isEmpty()) {
            warnings.add("Promotional words get requests marked as spam: " + String.join(", ", promotional) + ".");
        }
        return warnings;
    }

    /**
     * Compares the success rates of two templates with Pearson's chi-square test on their
     * 2×2 table (the same as a two-sided two-proportion z-test), and says plainly what it
     * means.
     */
    public static TemplateComparison compare(TemplateStats first, TemplateStats second) {
        var verdict = RateComparison.compare(
                new RateComparison.Side("\"" + first.name() + "\"", first.successes(), first.sent()),
                new RateComparison.Side("\"" + second.name() + "\"", second.successes(), second.sent()),
                first.kind().successNoun(), "keep using both");
        return new TemplateComparison(first, second, verdict.pValue(), verdict.significant(), verdict.sentence());
    }

}
