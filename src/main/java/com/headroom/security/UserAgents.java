package com.headroom.security;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A browser's User-Agent in plain words: "Chrome on Windows", "Safari on iPhone". Only
 * the browsers and systems people sign in with are named, and only to help them recognise
 * their own sessions: browsers may send anything here. The maintained Java parsers either
 * bring a large rule file and a YAML library (uap-java) or several megabytes (Yauaa),
 * which this one sentence does not need.
 */
final class UserAgents {

    private record Name(String token, String name) {
    }

    /** Checked in order: Edge and Opera also say "Chrome", Chrome also says "Safari". */
    private static final List<Name> BROWSERS = List.of(new Name("edg/", "Edge"), new Name("edga/", "Edge"),
            new Name("edgios/", "Edge"), new Name("opr/", "Opera"), new Name("samsungbrowser/", "Samsung Internet"),
            new Name("firefox/", "Firefox"), new Name("fxios/", "Firefox"), new Name("crios/", "Chrome"),
            new Name("chromium/", "Chromium"), new Name("chrome/", "Chrome"), new Name("safari/", "Safari"));

    /** Android and iOS also say "Linux" and "Mac OS X". */
    private static final List<Name> SYSTEMS = List.of(new Name("iphone", "iPhone"), new Name("ipad", "iPad"),
            new Name("android", "Android"), new Name("cros", "ChromeOS"), new Name("windows", "Windows"),
            new Name("mac os x", "macOS"), new Name("macintosh", "macOS"), new Name("linux", "Linux"));

    private UserAgents() {
    }

    static String describe(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "An unknown browser";
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        String browser = first(BROWSERS, agent);
        String system = first(SYSTEMS, agent);
        if (browser == null) {
            return system == null ? "An unknown browser" : "A browser on " + system;
        }
        return system == null ? browser : browser + " on " + system;
    }

    private static @Nullable String first(List<Name> names, String agent) {
        return names.stream().filter(n -> agent.contains(n.token())).map(Name::name).findFirst().orElse(null);
    }

}
