package com.headroom.email;

import java.util.List;

/**
 * What the addresses known at one domain say about its format: {@code known} usable
 * addresses and every format that fits any of them, best first (see
 * {@link AddressPatterns#learn}).
 */
public record DomainPatterns(String domain, int known, List<FormatEvidence> formats) {

    /** Fewer usable known addresses than this, and one of them may be the exception. */
    public static final int ENOUGH_KNOWN = 2;

    public DomainPatterns {
        formats = List.copyOf(formats);
    }

    /** Whether there are enough known addresses to go by. */
    public boolean enoughEvidence() {
        return known >= ENOUGH_KNOWN;
    }

}
