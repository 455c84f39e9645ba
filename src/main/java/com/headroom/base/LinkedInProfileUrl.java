package com.headroom.base;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A LinkedIn member profile, identified the way Headroom matches people: by the
 * normalized profile address {@code https://www.linkedin.com/in/<slug>}. Every way people
 * copy a profile address folds to the same key: {@code http://}, a missing {@code www.},
 * country subdomains ({@code uk.}, {@code de.}), the mobile {@code /mwlite/in/} form, a
 * trailing slash, tracking parameters, fragments, upper case, a locale suffix
 * ({@code /in/slug/de}) or any other page below the profile, and percent-encoded or raw
 * non-ASCII slugs (Unicode NFC, lower case). Company pages, Sales Navigator lead
 * addresses, old {@code /pub/} addresses and other hosts are refused with a sentence that
 * says what a profile address looks like.
 */
public record LinkedInProfileUrl(String slug) {

    public static final String EXAMPLE = "https://www.linkedin.com/in/dana-reyes";

    private static final String PREFIX = "https://www.linkedin.com/in/";

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");

    /**
     * linkedin.com, www., m., and country or language subdomains such as uk., de., pt-br.
     */
    private static final Pattern LINKEDIN_HOST = Pattern
        .compile("^(?:(?:www|m|[a-z]{2,3}(?:-[a-z]{2,4})?)\\.)?linkedin\\.com$");

    public LinkedInProfileUrl {
        if (slug == null || slug.isBlank()) {
            throw new IllegalArgumentException("empty slug");
        }
    }

    /** The normalized address, the key under which a team holds one record per person. */
    public String key() {
        return PREFIX + slug;
    }

    @Override
    public String toString() {
        return key();
    }

    /**
     * Reads a profile address as a person typed or pasted it.
     * @throws InvalidProfileUrl with a sentence for the user when it is not a member's
     * profile
     */
    public static LinkedInProfileUrl parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidProfileUrl("Enter the LinkedIn profile address, like " + EXAMPLE + ".");
        }
        String rest = input.strip();
        var scheme = SCHEME.matcher(rest);
        if (scheme.find()) {
            String name = scheme.group().toLowerCase(Locale.ROOT);
            if (!name.equals("http://") && !name.equals("https://")) {
                throw notLinkedIn(input);
            }
            rest = rest.substring(scheme.end());
        }
        else if (rest.startsWith("//")) {
            rest = rest.substring(2);
        }
        int end = firstOf(rest, '/', '?', '#');
        String authority = rest.substring(0, end).toLowerCase(Locale.ROOT);
        String afterHost = rest.substring(end);
        String host = authority.contains("@") ? authority.substring(authority.lastIndexOf('@') + 1) : authority;
        host = host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (!LINKEDIN_HOST.matcher(host).matches()) {
            throw notLinkedIn(input);
        }
        int queryOrFragment = firstOf(afterHost, '?', '#');
        String path = afterHost.substring(0, queryOrFragment);

        String[] segments = path.split("/+");
        int i = 0;
        while (i < segments.length && segments[i].isEmpty()) {
            i++;
        }
        if (i < segments.length && segments[i].equalsIgnoreCase("mwlite")) {
            i++;
        }
        if (i >= segments.length) {
            throw new InvalidProfileUrl(
                    "That is LinkedIn's home page, not a profile. A profile address looks like " + EXAMPLE + ".");
        }
        String section = segments[i].toLowerCase(Locale.ROOT);
        switch (section) {
            case "in" -> {
                // the profile
            }
            case "company", "school", "showcase" -> throw new InvalidProfileUrl(
                    "That is a company page. Enter a person's profile address, like " + EXAMPLE + ".");
            case "sales", "talent",
                    "recruiter" ->
                throw new InvalidProfileUrl("Sales Navigator and Recruiter"
                        + " addresses can't be matched to a person. Open the person's LinkedIn profile and copy its"
                        + " address, like " + EXAMPLE + ".");
            case "pub" -> throw new InvalidProfileUrl("That is an old public-profile address. Open the profile on"
                    + " LinkedIn and copy its current address, like " + EXAMPLE + ".");
            default -> throw new InvalidProfileUrl("That LinkedIn address is not a person's profile. A profile"
                    + " address looks like " + EXAMPLE + ".");
        }
        if (i + 1 >= segments.length || segments[i + 1].isBlank()) {
            throw new InvalidProfileUrl(
                    "The address ends before the person's name. A profile address looks like " + EXAMPLE + ".");
        }
        String slug = decode(segments[i + 1]);
        slug = Normalizer.normalize(slug, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
        if (slug.isEmpty() || slug.codePoints()
            .anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == '/' || c == '?' || c == '#'
                    || c == '%')) {
            throw new InvalidProfileUrl(
                    "The name part of that address is not valid. A profile address looks like " + EXAMPLE + ".");
        }
        if (slug.length() > 200) {
            throw new InvalidProfileUrl("That profile address is too long to be a LinkedIn profile.");
        }
        return new LinkedInProfileUrl(slug);
    }

    private static InvalidProfileUrl notLinkedIn(String input) {
        return new InvalidProfileUrl("That is not a LinkedIn address. A profile address looks like " + EXAMPLE + ".");
    }

    private static int firstOf(String text, char... stops) {
        int best = text.length();
        for (char stop : stops) {
            int at = text.indexOf(stop);
            if (at >= 0 && at < best) {
                best = at;
            }
        }
        return best;
    }

    /**
     * Percent-decoding of a path segment; '+' stays '+', as in paths. Refuses broken
     * escapes.
     */
    private static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        var bytes = new ByteArrayOutputStream();
        var text = new StringBuilder();
        for (int i = 0; i < segment.length();) {
            char c = segment.charAt(i);
            if (c == '%') {
                int hi = i + 1 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
                int lo = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw brokenEscape();
                }
                bytes.write(hi * 16 + lo);
                i += 3;
            }
            else {
                flush(bytes, text);
                text.append(c);
                i++;
            }
        }
        flush(bytes, text);
        return text.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder text) {
        if (bytes.size() == 0) {
            return;
        }
        try {
            text.append(StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.toByteArray())));
        }
        catch (CharacterCodingException e) {
            throw brokenEscape();
        }
        bytes.reset();
    }

    private static InvalidProfileUrl brokenEscape() {
        return new InvalidProfileUrl("That profile address has a broken %-escape. Copy it again from LinkedIn.");
    }

    /** A profile address Headroom cannot use; the message says what one looks like. */
    public static final class InvalidProfileUrl extends RuleViolation {

        public InvalidProfileUrl(String message) {
            super("profileUrl", message);
        }

    }
}
