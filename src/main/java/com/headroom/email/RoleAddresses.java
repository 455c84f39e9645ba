package com.headroom.email;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Addresses that belong to a function, not a person: a message there reaches whoever
 * reads the shared inbox, if anyone. English names first, then the German, French and
 * Spanish ones B2B lists hold most.
 */
final class RoleAddresses {

    /** Nobody reads these: a reply is thrown away. */
    private static final Set<String> UNREAD = Set.of("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply",
            "do_not_reply", "mailer-daemon", "bounce", "bounces");

    private static final Set<String> ROLES = Set.of("info", "information", "sales", "support", "admin", "administrator",
            "contact", "contacts", "contactus", "hello", "hi", "office", "team", "marketing", "billing", "accounts",
            "accounting", "invoice", "invoices", "finance", "jobs", "careers", "career", "hr", "recruiting",
            "recruitment", "press", "media", "pr", "help", "helpdesk", "enquiries", "enquiry", "inquiries", "inquiry",
            "mail", "email", "postmaster", "webmaster", "hostmaster", "abuse", "security", "privacy", "legal",
            "compliance", "service", "services", "customerservice", "customercare", "feedback", "orders", "order",
            "shop", "store", "bookings", "booking", "reservations", "reception", "newsletter", "news", "partners",
            "partnerships", "events", "it", "root", "all", "everyone", "staff", "general", "purchasing", "procurement",
            "hallo", "kontakt", "vertrieb", "bestellung", "buchhaltung", "rechnung", "rechnungen", "bewerbung",
            "karriere", "datenschutz", "empfang", "zentrale", "bonjour", "accueil", "commercial", "compta",
            "comptabilite", "direction", "recrutement", "contacto", "ventas", "hola", "administracion");

    /** The first word of "sales.emea", "info-de", "support_uk". */
    private static final Pattern FIRST_WORD = Pattern.compile("[.\\-_]");

    private RoleAddresses() {
    }

    /**
     * The sentence for a role address, or "" for an address that looks like a person's.
     */
    static String sentence(String localPart) {
        String local = localPart.contains("+") ? localPart.substring(0, localPart.indexOf('+')) : localPart;
        String quoted = "“" + localPart + "@”";
        if (UNREAD.contains(local)) {
            return quoted + " is an address nobody reads: a reply sent there is usually thrown away.";
        }
        String firstWord = FIRST_WORD.split(local, 2)[0];
        // Short first words ("hr.", "pr.", "it.") are as often a person's initials.
        if (ROLES.contains(local) || (firstWord.length() >= 4 && ROLES.contains(firstWord))) {
            return quoted + " is a shared role address, not a person's: replies go to whoever reads it.";
        }
        return "";
    }

}
