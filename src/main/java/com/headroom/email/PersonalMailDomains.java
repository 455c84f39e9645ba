package com.headroom.email;

import java.util.Locale;
import java.util.Set;

/**
 * Mailbox providers people use privately: an address there says nothing about the format
 * of the company the person works at, so it never makes a company domain.
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

    static boolean isPersonal(String domain) {
        return PROVIDERS.contains(domain.toLowerCase(Locale.ROOT));
    }

}
