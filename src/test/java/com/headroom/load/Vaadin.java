package com.headroom.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.headroom.uidl.UidlTree;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gatling steps that speak to Headroom as a browser does: the login form, a page's
 * bootstrap, init and navigation, and UIDL round trips built from the virtual user's
 * {@link UidlTree} (kept in its Gatling session as "ui"), each named for the user step it
 * is so that the report's percentiles are per step.
 */
final class Vaadin {

    private Vaadin() {
    }

    static UidlTree ui(Session session) {
        return (UidlTree) session.get("ui");
    }

    /** The login form, then the sign-in POST (a redirect away from /login). */
    static ChainBuilder signIn(Function<Session, String> email, String password) {
        return exec(http("Sign in: login page").get("/login")
            .check(status().is(200), regex("<meta name=\"_csrf\" content=\"([^\"]+)\">").saveAs("csrf")))
            .exec(http("Sign in: send the form").post("/login")
                .formParam("username", email::apply)
                .formParam("password", password)
                .formParam("_csrf", "#{csrf}")
                .check(status().is(302), header("Location").transform(l -> l.contains("/login")).is(false)));
    }

    /**
     * Opens a page as a new tab does: the bootstrap page, the init request that creates
     * the UI, the navigation the client sends.
     */
    static ChainBuilder open(String step, Function<Session, String> location) {
        return exec(session -> {
            String at = location.apply(session);
            int q = at.indexOf('?');
            return session.set("path", q < 0 ? at : at.substring(0, q)).set("query", q < 0 ? "" : at.substring(q + 1));
        }).exec(http(step + ": page").get(session -> "/" + location.apply(session)).check(status().is(200)))
            .exec(http(step + ": init")
                .get(session -> "/?v-r=init&location=" + encode(session.getString("path")) + "&query="
                        + encode(session.getString("query"))
                        + "&v-sh=900&v-sw=1440&v-wh=900&v-ww=1440&v-bh=900&v-bw=1440&v-curdate="
                        + System.currentTimeMillis()
                        + "&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FBerlin&v-wn=ROOT-"
                        + System.nanoTime() + "&v-td=false&v-pr=1&v-np=Linux")
                .check(status().is(200), substring("Vaadin-Security-Key").exists(), bodyString().saveAs("init")))
            .exec(session -> session.set("ui", UidlTree.fromInit(session.getString("init"))).remove("init"))
            .exec(uidl(step + ": show",
                    session -> UidlTree.navigate(session.getString("path"), session.getString("query")), null))
            // The browser's own first message on the new page (its components' events).
            .exec(uidl(step + ": first events", session -> List.of(), null));
    }

    /**
     * One UIDL round trip named {@code step}; {@code expected}, when given, is a text the
     * answer must contain (what the person reads after the step).
     */
    static ChainBuilder uidl(String step, Function<Session, List<ObjectNode>> rpc, String expected) {
        var request = http(step).post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
            .header("Content-Type", "application/json; charset=UTF-8")
            .body(StringBody(session -> session.getString("message")))
            .check(status().is(200), substring("\"sessionExpired\":true").notExists(),
                    // A step the page did not offer (no such button) fails as this
                    // request.
                    bodyString().validate("the step could be taken", (body, session) -> {
                        if (session.contains("problem")) {
                            throw new IllegalStateException(session.getString("problem"));
                        }
                        return body;
                    }).saveAs("uidl"));
        if (expected != null) {
            request = request.check(substring(expected).exists());
        }
        return exec(session -> {
            try {
                return session.set("message", ui(session).message(rpc.apply(session))).remove("problem");
            }
            catch (RuntimeException | AssertionError notOffered) {
                if (Boolean.getBoolean("load.debug")) {
                    System.err
                        .println("DEBUG " + step + ": " + notOffered.getMessage() + " :: " + ui(session).received()
                            .replaceAll("\\{\"node\":\\d+,\"type\":\"(attach|detach)\"\\},?", ""));
                }
                return session.set("message", ui(session).message(List.of()))
                    .set("problem", String.valueOf(notOffered.getMessage()));
            }
        }).exec(request).exec(session -> {
            if (session.contains("uidl")) {
                ui(session).apply(session.getString("uidl"));
            }
            return session.remove("uidl").remove("problem");
        });
    }

    /**
     * Goes to another screen in the same tab, as a click in the menu does: the router
     * asks the server for the route, no page is loaded.
     */
    static ChainBuilder go(String step, Function<Session, String> location) {
        return uidl(step, session -> {
            String at = location.apply(session);
            int q = at.indexOf('?');
            return UidlTree.navigate(q < 0 ? at : at.substring(0, q), q < 0 ? "" : at.substring(q + 1));
        }, null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
