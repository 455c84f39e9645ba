package com.headroom.email;

/**
 * How well one format fits the addresses known at one domain: {@code matches} addresses
 * that were delivered fit it, {@code bounced} that bounced fit it, out of {@code known}
 * usable addresses there (those that fit some format, delivered or bounced).
 */
public record FormatEvidence(String domain, AddressFormat format, int matches, int bounced, int known) {

    /** Delivered addresses that fit, less those that bounced. */
    public int net() {
        return matches - bounced;
    }

    /** The share of known addresses that speak for the format, never below 0. */
    public double confidence() {
        return known == 0 ? 0 : Math.max(0, net()) / (double) known;
    }

    /**
     * The evidence in a sentence: "first.last@acme.com — 9 of 11 known addresses", with
     * "; 2 bounced" when some did.
     */
    public String evidence() {
        String sentence = format.label() + "@" + domain + " — " + matches + " of " + known
                + (known == 1 ? " known address" : " known addresses");
        return bounced > 0 ? sentence + "; " + bounced + " bounced" : sentence;
    }

}
