package com.headroom.email;

import com.ibm.icu.text.IDNA;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Domain names as DNS asks for them: a Unicode domain ({@code müller.de}) in its ASCII
 * form ({@code xn--mller-kva.de}, UTS #46 as browsers do), and anything that is not a
 * host name refused before a query is sent.
 */
final class DomainNames {

    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.CHECK_BIDI
            | IDNA.CHECK_CONTEXTJ | IDNA.CHECK_CONTEXTO | IDNA.USE_STD3_RULES);

    /**
     * Letters, digits and inner dashes, 1 to 63 characters a label, two labels or more.
     */
    private static final Pattern HOST_NAME = Pattern
        .compile("(?!-)[a-z0-9-]{1,63}(?<!-)(\\.(?!-)[a-z0-9-]{1,63}(?<!-))+");

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private DomainNames() {
    }

    /**
     * The lower-case ASCII form of a host name, or null when the text is not one (an IP
     * address, empty labels, a trailing dot, characters host names can't have, over 253
     * characters, an all-digit top-level domain).
     */
    static @Nullable String toAscii(String domain) {
        var info = new IDNA.Info();
        String ascii = UTS46.nameToASCII(domain, new StringBuilder(), info).toString();
        if (info.hasErrors() || ascii.length() > 253 || !HOST_NAME.matcher(ascii).matches()) {
            return null;
        }
        return DIGITS.matcher(ascii.substring(ascii.lastIndexOf('.') + 1)).matches() ? null : ascii;
    }

}
