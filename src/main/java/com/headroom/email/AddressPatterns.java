package com.headroom.email;

import java.net.IDN;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Learns how a company builds its addresses from the addresses the team already holds for
 * named people there.
 *
 * <p>
 * Which known addresses count: those at the domain (compared in any case, and
 * internationalised domains as their ASCII form); each address once (bounced if any copy
 * of it bounced); not role addresses such as info@ or sales@ ({@link #isRole}); only
 * those whose local part fits at least one {@link AddressFormat} for the person's name.
 * One address can fit several formats (jsmith@ for "J Smith" fits flast and firstlast)
 * and counts for each.
 *
 * <p>
 * Ranking: by delivered addresses that fit less bounced ones that fit; equal ones in the
 * order of {@link AddressFormat}, how common formats are at companies (first.last, flast,
 * first, firstl, f.last, first_last, firstlast, …). Every format that fits any known
 * address is listed with its counts, so a company split between two formats shows both.
 */
public final class AddressPatterns {

    /** Local parts of shared mailboxes, not of a person. */
    private static final Set<String> ROLES = Set.of("info", "sales", "contact", "hello", "hi", "support", "help",
            "admin", "office", "team", "marketing", "hr", "it", "jobs", "careers", "recruiting", "billing", "accounts",
            "accounting", "finance", "invoices", "legal", "privacy", "security", "press", "media", "pr", "enquiries",
            "inquiries", "service", "mail", "email", "noreply", "no-reply", "donotreply", "postmaster", "webmaster",
            "hostmaster", "abuse", "orders", "shop", "kontakt", "vertrieb", "buchhaltung", "rechnung", "bewerbung",
            "personal", "empfang", "zentrale", "presse", "anfrage", "datenschutz", "verwaltung");

    private AddressPatterns() {
    }

    public static DomainPatterns learn(String domain, List<KnownAddress> addresses) {
        String wanted = domainOf(domain);
        Map<String, KnownAddress> byAddress = new LinkedHashMap<>();
        for (KnownAddress known : addresses) {
            String address = known.address().strip().toLowerCase(Locale.ROOT);
            int at = address.lastIndexOf('@');
            if (at > 0 && !wanted.isEmpty() && domainOf(address.substring(at + 1)).equals(wanted)) {
                byAddress.merge(address, known, (a, b) -> b.bounced() && !a.bounced()
                        ? new KnownAddress(a.firstName(), a.lastName(), a.address(), true) : a);
            }
        }
        AddressFormat[] formats = AddressFormat.values();
        int[] fits = new int[formats.length];
        int[] bounced = new int[formats.length];
        int usable = 0;
        for (Map.Entry<String, KnownAddress> entry : byAddress.entrySet()) {
            String local = entry.getKey().substring(0, entry.getKey().lastIndexOf('@'));
            KnownAddress known = entry.getValue();
            if (isRole(local)) {
                continue;
            }
            PersonName name = PersonName.of(known.firstName(), known.lastName());
            boolean fitsAny = false;
            for (AddressFormat format : formats) {
                if (format.matches(name, local)) {
                    fitsAny = true;
                    (known.bounced() ? bounced : fits)[format.ordinal()]++;
                }
            }
            if (fitsAny) {
                usable++;
            }
        }
        List<FormatEvidence> evidence = new ArrayList<>();
        for (AddressFormat format : formats) {
            if (fits[format.ordinal()] + bounced[format.ordinal()] > 0) {
                evidence
                    .add(new FormatEvidence(wanted, format, fits[format.ordinal()], bounced[format.ordinal()], usable));
            }
        }
        evidence.sort(Comparator.comparingInt(FormatEvidence::net).reversed().thenComparing(FormatEvidence::format));
        return new DomainPatterns(wanted, usable, evidence);
    }

    /**
     * Whether the local part is a shared mailbox's: a role word on its own ("info",
     * "sales2") or in front ("sales.de", "info-uk").
     */
    public static boolean isRole(String localPart) {
        String local = AddressFormat.comparable(localPart);
        return ROLES.contains(local) || ROLES.contains(local.split("[._-]", 2)[0]);
    }

    /**
     * A domain as addresses are compared by it: lower case ASCII, no "@" or final dot.
     */
    static String domainOf(String domain) {
        String text = domain.strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("@")) {
            text = text.substring(1);
        }
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            return IDN.toASCII(text).toLowerCase(Locale.ROOT);
        }
        catch (IllegalArgumentException notADomain) {
            return text;
        }
    }

}
