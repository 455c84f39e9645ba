package com.headroom.load;

import com.headroom.uidl.UidlTree;
import com.headroom.uidl.VaadinClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The first page after signing in, one person at a time: what it costs with nobody else
 * on the app, beside the same screen reached later from the menu. Each round signs in as
 * a new browser, opens the app (the bootstrap page, init, the first page, the browser's
 * first events), opens it again in a second tab of the same session, then goes to My
 * limits and back to My day in that tab. The times are round trips as this client sees
 * them (its own parsing included); for the server's own time start the app with Tomcat's
 * access log ({@code --server.tomcat.accesslog.enabled=true
 * "--server.tomcat.accesslog.pattern=%m %U%q %s %B %D"}: %D is microseconds).
 *
 * <p>
 * Arguments: the app's base URL, whom to sign in as, how many rounds (the first quarter
 * is left out of the figures: the JIT still compiles then).
 */
public final class FirstPageTimes {

    private FirstPageTimes() {
    }

    public static void main(String[] args) throws Exception {
        var base = URI.create(args[0]);
        String email = args[1];
        int rounds = Integer.parseInt(args[2]);
        List<Long> signIn = new ArrayList<>();
        List<Long> firstPage = new ArrayList<>();
        List<Long> secondTab = new ArrayList<>();
        List<Long> myDayFromTheMenu = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            var browser = new VaadinClient(base, "first-page-" + i);
            long start = System.nanoTime();
            if (!browser.signIn(email, LoadAccounts.PASSWORD)) {
                throw new IllegalStateException("could not sign in as " + email);
            }
            long signedIn = System.nanoTime();
            browser.open("");
            long opened = System.nanoTime();
            var tab = browser.open("");
            long openedAgain = System.nanoTime();
            tab.send(UidlTree.navigate("limits", ""));
            long back = System.nanoTime();
            tab.send(UidlTree.navigate("", ""));
            long done = System.nanoTime();
            signIn.add(signedIn - start);
            firstPage.add(opened - signedIn);
            secondTab.add(openedAgain - opened);
            myDayFromTheMenu.add(done - back);
        }
        print("sign in (form and redirect)", signIn);
        print("open the app after signing in", firstPage);
        print("open it in a second tab", secondTab);
        print("My day from the menu", myDayFromTheMenu);
    }

    private static void print(String what, List<Long> nanos) {
        var sorted = new ArrayList<>(nanos.subList(nanos.size() / 4, nanos.size()));
        Collections.sort(sorted);
        System.out.printf("%-32s p50 %6.1f ms  p90 %6.1f ms  max %6.1f ms  (%d rounds)%n", what,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 9 / 10) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6, sorted.size());
    }

}
