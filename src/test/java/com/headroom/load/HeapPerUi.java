package com.headroom.load;

import com.headroom.uidl.VaadinClient;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one open UI of each screen holds on the server: the live heap after a full GC
 * (jcmd's class histogram forces one) before and after {@code n} people open the screen,
 * divided by {@code n}. Each person is a browser of their own (a session with one UI),
 * signed in through the login form and driven through Vaadin's own protocol, as
 * {@link HeadroomSimulation} does.
 *
 * <p>
 * Arguments: the app's base URL, its process id, how many UIs per screen (20).
 */
public final class HeapPerUi {

    private HeapPerUi() {
    }

    /** One screen, who opens it, and where. */
    record Screen(String name, List<String> people, String location) {
    }

    public static void main(String[] args) throws Exception {
        var base = URI.create(args[0]);
        long pid = Long.parseLong(args[1]);
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        var reps = LoadAccounts.REPS;
        var screens = List.of(new Screen("My day", reps, ""), new Screen("Prospects", reps, "prospects"),
                new Screen("My limits", reps, "limits"), new Screen("Who knows whom", reps, "network/search"),
                new Screen("Content calendar", LoadAccounts.CONTENT_PEOPLE, "content"),
                new Screen("Team overview", LoadAccounts.MANAGERS, "overview"));
        var kept = new ArrayList<VaadinClient.Ui>();
        var results = new LinkedHashMap<String, Long>();
        // Every screen once first, by everyone: what the first use of a screen loads for
        // good (classes' metadata, query plans, the engine's cached working sets) is not
        // any UI's.
        for (var screen : screens) {
            for (String person : screen.people()) {
                var browser = new VaadinClient(base, "warm-up");
                browser.signIn(person, LoadAccounts.PASSWORD);
                kept.add(browser.open(screen.location()));
            }
        }
        long before = liveHeap(pid, "before");
        long idle = before;
        for (var screen : screens) {
            for (int i = 0; i < n; i++) {
                var browser = new VaadinClient(base, "heap-" + i);
                if (!browser.signIn(screen.people().get(i % screen.people().size()), LoadAccounts.PASSWORD)) {
                    throw new IllegalStateException("could not sign in for " + screen.name());
                }
                kept.add(browser.open(screen.location()));
            }
            long after = liveHeap(pid, screen.name());
            results.put(screen.name(), (after - before) / n);
            System.out.printf("%-18s %,7d KB per UI (%d UIs, live heap %,d KB)%n", screen.name(),
                    (after - before) / n / 1024, n, after / 1024);
            before = after;
        }
        System.out.printf("live heap after the warm-up %,d KB; with %d more UIs %,d KB%n", idle / 1024,
                screens.size() * n, before / 1024);
        print(results);
    }

    private static void print(Map<String, Long> results) {
        results.forEach((screen, bytes) -> System.out.println("| " + screen + " | " + bytes / 1024 + " KB |"));
    }

    /**
     * The live heap in bytes: jcmd's class histogram runs a full GC first. With
     * -Dheap.histograms=DIR the histogram is kept as DIR/{@code name}.txt, to be compared
     * with the one before: what a screen's UIs hold, by class.
     */
    static long liveHeap(long pid, String name) throws Exception {
        String out = histogram(pid);
        String dir = System.getProperty("heap.histograms");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, name.replace(' ', '-') + ".txt"), out);
        }
        for (String line : out.split("\n")) {
            if (line.startsWith("Total")) {
                var parts = line.trim().split("\\s+");
                return Long.parseLong(parts[2]);
            }
        }
        throw new IllegalStateException("no total in jcmd's histogram:\n" + out);
    }

    private static String histogram(long pid) throws Exception {
        var jcmd = ProcessHandle.current().info().command().orElse("java").replaceAll("java$", "jcmd");
        var process = new ProcessBuilder(jcmd, Long.toString(pid), "GC.class_histogram").redirectErrorStream(true)
            .start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }

}
