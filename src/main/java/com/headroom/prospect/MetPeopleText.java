package com.headroom.prospect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * People met at an event as a rep pastes them: one a line, the name first, then in any
 * order a company, a title and the LinkedIn profile address, separated by tabs (a
 * spreadsheet's copy), commas or semicolons. Forgiving: blank lines are skipped, the
 * address is recognised wherever it stands, a company or title may be left out.
 */
public final class MetPeopleText {

    /** More than this in one paste is a list for the CSV import. */
    public static final int MOST_LINES = 500;

    private MetPeopleText() {
    }

    /**
     * One pasted line read into its parts; problem non-null when it cannot become a
     * prospect.
     */
    public record Parsed(int number, String text, String firstName, String lastName, String company, String title,
            @Nullable String profileUrl, @Nullable String problem) {
    }

    public static List<Parsed> parse(String pasted) {
        List<Parsed> lines = new ArrayList<>();
        if (pasted == null) {
            return lines;
        }
        String[] raw = pasted.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String text = raw[i].strip();
            if (!text.isEmpty()) {
                lines.add(line(i + 1, text));
            }
        }
        return lines;
    }

    static Parsed line(int number, String text) {
        String separator = text.contains("\t") ? "\t" : text.contains(";") && !text.contains(",") ? ";" : ",";
        String url = null;
        List<String> words = new ArrayList<>();
        for (String part : text.split(separator)) {
            String field = part.strip();
            if (field.isEmpty()) {
                continue;
            }
            String lower = field.toLowerCase(Locale.ROOT);
            if (url == null
                    && (lower.contains("linkedin.com") || lower.startsWith("http") || lower.startsWith("www."))) {
                url = field;
            }
            else {
                words.add(field);
            }
        }
        if (words.isEmpty()) {
            return new Parsed(number, text, "", "", "", "", url, "No name: put the person's name first.");
        }
        String name = words.getFirst().replaceAll("\\s+", " ");
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        String last = space < 0 ? "" : name.substring(space + 1);
        String company = words.size() > 1 ? words.get(1) : "";
        String title = words.size() > 2 ? String.join(", ", words.subList(2, words.size())) : "";
        String problem = url == null ? "No LinkedIn profile address: add it after the name (Headroom keeps one"
                + " record per person by it)." : null;
        return new Parsed(number, text, first, last, company, title, url, problem);
    }

}
