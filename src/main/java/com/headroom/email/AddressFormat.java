package com.headroom.email;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a company builds the part of its addresses before the {@code @} from a person's
 * name: "first.last" for anna.smith@, "flast" for asmith@, and so on ("f" and "l" are
 * initials).
 *
 * <p>
 * The order of the constants is how common each format is at companies, most common
 * first, roughly as published surveys of B2B addresses find it; {@link AddressPatterns}
 * ranks formats with the same evidence by this order.
 */
public enum AddressFormat {

    FIRST_DOT_LAST("first.last", Part.FIRST, ".", Part.LAST),

    FLAST("flast", Part.F, "", Part.LAST),

    FIRST("first", Part.FIRST, "", null),

    FIRSTL("firstl", Part.FIRST, "", Part.L),

    F_DOT_LAST("f.last", Part.F, ".", Part.LAST),

    FIRST_UNDERSCORE_LAST("first_last", Part.FIRST, "_", Part.LAST),

    FIRSTLAST("firstlast", Part.FIRST, "", Part.LAST),

    FIRST_DASH_LAST("first-last", Part.FIRST, "-", Part.LAST),

    LAST_DOT_FIRST("last.first", Part.LAST, ".", Part.FIRST),

    LASTF("lastf", Part.LAST, "", Part.F),

    FIRST_DOT_L("first.l", Part.FIRST, ".", Part.L),

    LAST("last", Part.LAST, "", null),

    LAST_FIRST("lastfirst", Part.LAST, "", Part.FIRST),

    LAST_UNDERSCORE_FIRST("last_first", Part.LAST, "_", Part.FIRST);

    private enum Part {

        FIRST, F, LAST, L

    }

    private final String label;

    private final Part head;

    private final String separator;

    private final @Nullable Part tail;

    AddressFormat(String label, Part head, String separator, @Nullable Part tail) {
        this.label = label;
        this.head = head;
        this.separator = separator;
        this.tail = tail;
    }

    /** The format as a sales team reads it: "first.last". */
    public String label() {
        return label;
    }

    /**
     * Every local part this format gives the name, most likely first, each once: for
     * every spelling of the name, its variants paired so that the likelier variants of
     * both parts come first. None for a name that is not usable.
     */
    public List<String> localParts(PersonName name) {
        Set<String> out = new LinkedHashSet<>();
        for (PersonName.Spelling spelling : name.spellings()) {
            List<String> heads = variants(head, spelling);
            if (tail == null) {
                out.addAll(heads);
                continue;
            }
            List<String> tails = variants(tail, spelling);
            for (int rank = 0; rank < heads.size() + tails.size() - 1; rank++) {
                for (int h = Math.max(0, rank - tails.size() + 1); h <= Math.min(rank, heads.size() - 1); h++) {
                    out.add(heads.get(h) + separator + tails.get(rank - h));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether the local part is one this format gives the name, read as
     * {@link #comparable(String)} does.
     */
    public boolean matches(PersonName name, String localPart) {
        String wanted = comparable(localPart);
        return !wanted.isEmpty() && localParts(name).contains(wanted);
    }

    /**
     * A local part as formats compare it: lower case, without a "+tag", and without the
     * number a company adds when the address was taken ("jsmith2" is jsmith).
     */
    static String comparable(String localPart) {
        String local = localPart.strip().toLowerCase(Locale.ROOT);
        int plus = local.indexOf('+');
        if (plus >= 0) {
            local = local.substring(0, plus);
        }
        int end = local.length();
        while (end > 0 && Character.isDigit(local.charAt(end - 1))) {
            end--;
        }
        return end > 0 ? local.substring(0, end) : local;
    }

    private List<String> variants(Part part, PersonName.Spelling spelling) {
        return switch (part) {
            case FIRST -> separated(spelling.firsts());
            case LAST -> separated(spelling.lasts());
            case F -> spelling.firstInitials();
            case L -> initials(spelling.lasts());
        };
    }

    /**
     * Each variant with its spaces left out, then (for a format with a separator) written
     * with the separator: "van der berg" is vanderberg and van.der.berg.
     */
    private List<String> separated(List<String> variants) {
        Set<String> out = new LinkedHashSet<>();
        for (String variant : variants) {
            out.add(variant.replace(" ", ""));
            if (!separator.isEmpty()) {
                out.add(variant.replace(" ", separator));
            }
        }
        return List.copyOf(out);
    }

    private static List<String> initials(List<String> variants) {
        Set<String> out = new LinkedHashSet<>();
        variants.forEach(v -> out.add(v.substring(0, 1)));
        return new ArrayList<>(out);
    }

}
