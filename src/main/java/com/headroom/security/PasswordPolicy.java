package com.headroom.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 12 characters, at most 64 (bcrypt reads only 72
 * bytes), not on the list of passwords attackers try first, and not the account's own
 * e-mail.
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;

    public static final int MAXIMUM_LENGTH = 64;

    private static final int BCRYPT_MAX_BYTES = 72;

    private final Set<String> commonPasswords;

    public PasswordPolicy() {
        // The public top 10,000 (its source is named in the file), and long ones this
        // product's
        // users are likely to try, which that list barely holds since it is mostly short.
        var words = new HashSet<>(load("/security/top-10000-passwords.txt"));
        words.addAll(load("/security/common-passwords.txt"));
        this.commonPasswords = Set.copyOf(words);
    }

    /**
     * Why the password is refused, in a sentence for the user; empty if it is acceptable.
     */
    public Optional<String> problemWith(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            return Optional.of("Use at least " + MINIMUM_LENGTH + " characters (this one has " + length + ").");
        }
        if (length > MAXIMUM_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            return Optional.of("Use at most " + MAXIMUM_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower)) {
            return Optional.of("This password is on the list of passwords attackers try first. Choose another.");
        }
        if (lower.codePoints().distinct().count() == 1) {
            return Optional.of("A password of one repeated character is guessed at once. Choose another.");
        }
        if (email != null && !email.isBlank()) {
            String mail = email.toLowerCase(Locale.ROOT);
            String localPart = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
            if (lower.equals(mail) || lower.equals(localPart)) {
                return Optional.of("Don't use your e-mail address as your password.");
            }
        }
        return Optional.empty();
    }

    private static Set<String> load(String resource) {
        var stream = PasswordPolicy.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            Set<String> words = new HashSet<>();
            reader.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
            return Set.copyOf(words);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
