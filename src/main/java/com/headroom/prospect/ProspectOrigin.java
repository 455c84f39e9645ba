package com.headroom.prospect;

import com.headroom.base.Dates;
import com.headroom.base.RuleViolation;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a prospect came from: by hand, a CSV file, or an event, LinkedIn group, webinar
 * or Live with its name and day (a group has no day of its own, so its day is optional).
 */
public record ProspectOrigin(ProspectSource source, @Nullable String name, @Nullable LocalDate date) {

    public static final ProspectOrigin MANUAL = new ProspectOrigin(ProspectSource.MANUAL, null, null);

    static final int NAME_LENGTH = 200;

    /**
     * The origin as a rep gives it, cleaned; refused with a sentence naming the field to
     * fix.
     */
    public static ProspectOrigin of(ProspectSource source, String name, LocalDate date) {
        if (source == null) {
            throw new RuleViolation("source", "Choose where you met this person.");
        }
        if (!source.named()) {
            return new ProspectOrigin(source, null, null);
        }
        String clean = name == null ? "" : name.strip();
        String what = source.inSentence();
        if (clean.isEmpty()) {
            throw new RuleViolation("sourceName", "Enter the name of the " + what + ".");
        }
        if (clean.length() > NAME_LENGTH) {
            throw new RuleViolation("sourceName", "Keep the name of the " + what + " under 200 characters.");
        }
        if (date == null && source != ProspectSource.LINKEDIN_GROUP) {
            throw new RuleViolation("sourceDate", "Pick the day of the " + what + ".");
        }
        return new ProspectOrigin(source, clean, date);
    }

    /** "Event: SaaStr Europa, Thu 10 Dec 2026"; "Added by hand". */
    public String describe() {
        if (!source.named()) {
            return source.label();
        }
        return source.label() + ": " + name + (date == null ? "" : ", " + Dates.day(date));
    }

}
