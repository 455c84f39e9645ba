package com.headroom.email;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Domains that never make a company domain: mailbox providers people use privately (an
 * address there says nothing about the format of the company the person works at) and
 * names reserved for examples.
 */
final class PersonalMailDomains {

    private static final Set<String> PROVIDERS = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
            "hotmail.co.uk", "hotmail.de", "hotmail.fr", "live.com", "msn.com", "yahoo.com", "yahoo.co.uk", "yahoo.de",
            "yahoo.fr", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "gmx.de", "gmx.net", "gmx.at",
            "gmx.ch", "web.de", "t-online.de", "freenet.de", "proton.me", "protonmail.com", "pm.me", "mail.com",
            "yandex.ru", "yandex.com", "mail.ru", "qq.com", "163.com", "126.com", "orange.fr", "free.fr", "laposte.net",
            "libero.it", "virgilio.it", "btinternet.com", "sky.com", "comcast.net", "verizon.net", "att.net",
            "zoho.com", "fastmail.com", "hey.com", "tutanota.com", "seznam.cz", "wp.pl", "o2.pl", "interia.pl");

    private PersonalMailDomains() {
    }

    /**
     * Names reserved for examples and tests (RFC 2606, RFC 6761): no one has mail there.
     */
    private static final Set<String> RESERVED_NAMES = Set.of("example.com", "example.net", "example.org");

    private static final List<String> RESERVED_ENDINGS = List.of(".example", ".test", ".invalid", ".localhost");

    static boolean isPersonal(String domain) {
        return PROVIDERS.contains(domain.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether addresses at the domain say nothing about a company's format: a personal
     * mailbox provider, or a name reserved for examples.
     */
    static boolean isNoCompanys(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        return PROVIDERS.contains(d) || RESERVED_NAMES.contains(d) || RESERVED_ENDINGS.stream().anyMatch(d::endsWith)
                || RESERVED_NAMES.stream().anyMatch(r -> d.endsWith("." + r));
    }

}
