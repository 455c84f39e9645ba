package com.headroom.email;

import com.sanctionco.jmail.FailureReason;
import java.util.regex.Pattern;

/**
 * What is wrong with how an address is written, in plain English, from JMail's failure
 * reason: where the reason allows, the sentence names the part that is wrong.
 */
final class SyntaxSentences {

    /**
     * {@code "anna schmidt"@acme.com} is allowed by RFC 5322, but business mail systems
     * and e-mail tools rarely accept it, and no one at a company has such an address on
     * purpose.
     */
    static final FailureReason QUOTED_LOCAL_PART = new FailureReason("QUOTED_LOCAL_PART");

    /** {@code (work)anna@acme.com}: allowed, but a comment is not part of the address. */
    static final FailureReason COMMENT = new FailureReason("COMMENT_IN_ADDRESS");

    static final String FALLBACK = "The address is not written the way e-mail addresses are.";

    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    private SyntaxSentences() {
    }

    /**
     * The sentence for a JMail failure reason, naming the part of {@code address} that is
     * wrong.
     */
    static String sentence(FailureReason reason, String address) {
        int at = address.lastIndexOf('@');
        String local = at < 0 ? address : address.substring(0, at);
        String domain = at < 0 ? "" : address.substring(at + 1);
        return switch (reason.toString()) {
            case "NULL_ADDRESS", "ADDRESS_TOO_SHORT" -> "The address is empty.";
            case "ADDRESS_TOO_LONG" -> "The address is longer than the 254 characters e-mail allows.";
            case "MISSING_AT_SYMBOL" -> "The address has no “@”.";
            case "MULTIPLE_AT_SYMBOLS" -> "The address has more than one “@”.";
            case "BEGINS_WITH_AT_SYMBOL", "LOCAL_PART_MISSING" -> "The address has nothing before the “@”.";
            case "DOMAIN_MISSING" -> "The address has no domain after the “@”.";
            case "LOCAL_PART_TOO_LONG" -> "The part before the “@” is longer than the 64 characters e-mail allows.";
            case "STARTS_WITH_DOT" -> "The part before the “@” starts with a dot.";
            case "LOCAL_PART_ENDS_WITH_DOT" -> "The part before the “@” ends with a dot.";
            case "MULTIPLE_DOT_SEPARATORS" -> domain.contains("..") ? notADomain(domain, "it has two dots in a row")
                    : "The part before the “@” has two dots in a row.";
            case "INVALID_WHITESPACE", "CONTAINS_OBSOLETE_WHITESPACE" -> "The address has a space in it.";
            case "DISALLOWED_UNQUOTED_CHARACTER", "MISSING_BACKSLASH_ESCAPE", "UNUSED_BACKSLASH_ESCAPE",
                    "INVALID_QUOTE_LOCATION" ->
                "The part before the “@” (“" + local + "”) has a character e-mail addresses can't have there.";
            case "UNQUOTED_ANGLED_BRACKET", "CONTAINS_QUOTED_IDENTIFIER" ->
                "The address has a name or brackets with it: paste only the address, such as anna@acme.com.";
            case "INVALID_COMMENT", "INVALID_COMMENT_LOCATION", "COMMENT_IN_ADDRESS" ->
                "The address has a comment in brackets: paste only the address, such as anna@acme.com.";
            case "ENCODED_WORD_IN_LOCAL_PART" -> "The part before the “@” is encoded text (“=?…?=”), not an address.";
            case "CONTAINS_EXPLICIT_SOURCE_ROUTING" ->
                "The address starts with an old-style mail route (“@host:”): paste only the address.";
            case "QUOTED_LOCAL_PART" -> "The part before the “@” is in quotes (" + local
                    + "): e-mail allows it, but business mail systems rarely accept it, so Headroom does not use it.";
            case "CONTAINS_IP_DOMAIN", "INVALID_IP_DOMAIN" ->
                "The address ends in a server's IP address (“" + domain + "”) instead of a company's domain.";
            case "NUMERIC_TLD" -> IPV4.matcher(domain).matches()
                    ? "The address ends in a server's IP address (“" + domain + "”) instead of a company's domain."
                    : notADomain(domain, "its ending is only digits");
            case "CONTAINS_RESERVED_DOMAIN" ->
                "The domain “" + domain + "” is reserved for examples and tests: no one has mail there.";
            case "INVALID_DOMAIN_CHARACTER" -> notADomain(domain, "it has a character domains can't have");
            case "DOMAIN_PART_STARTS_WITH_DASH" -> notADomain(domain, "a part of it starts with a dash");
            case "DOMAIN_PART_ENDS_WITH_DASH" -> notADomain(domain, "a part of it ends with a dash");
            case "DOMAIN_PART_TOO_LONG" -> notADomain(domain, "a part of it is longer than 63 characters");
            case "DOMAIN_TOO_LONG" -> notADomain(domain, "it is longer than 253 characters");
            case "ENDS_WITH_DOT" -> notADomain(domain, "it ends with a dot");
            case "MISSING_FINAL_DOMAIN_PART", "MISSING_TOP_LEVEL_DOMAIN" ->
                notADomain(domain, "it has no ending such as .com");
            case "SINGLE_CHARACTER_TOP_LEVEL_DOMAIN" -> notADomain(domain, "its ending has only one letter");
            case "TOP_LEVEL_DOMAIN_TOO_LONG", "INVALID_TOP_LEVEL_DOMAIN" ->
                notADomain(domain, "its ending is not a top-level domain");
            default -> FALLBACK;
        };
    }

    /** "The domain part “acme..com” is not a valid domain." */
    static String notADomain(String domain) {
        return "The domain part “" + domain + "” is not a valid domain.";
    }

    private static String notADomain(String domain, String why) {
        return "The domain part “" + domain + "” is not a valid domain: " + why + ".";
    }

}
