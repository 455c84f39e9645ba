package com.headroom.load;

import static com.headroom.load.Vaadin.go;
import static com.headroom.load.Vaadin.open;
import static com.headroom.load.Vaadin.signIn;
import static com.headroom.load.Vaadin.ui;
import static com.headroom.load.Vaadin.uidl;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import com.headroom.uidl.UidlTree;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * People using Headroom at once, each through the steps of their day with 5 to 10 seconds
 * of thinking between them: reps (sign in, My day, Prospects, a filter, a new prospect,
 * an invitation with a template, My day again), managers (Team overview, one member),
 * content (the calendar month, one item) and warm introductions (a prospect's warm paths,
 * a Who knows whom search). Every request is a real one of the browser's: Vaadin's
 * bootstrap, init and UIDL round trips.
 *
 * <p>
 * System properties: {@code load.baseUrl} (http://127.0.0.1:8080), {@code load.users}
 * (20), {@code load.seconds} (how long each user keeps going, 60),
 * {@code load.rampSeconds} (users start over this long, 20), {@code load.p95Millis} (the
 * assertion on every request's 95th percentile, 500), {@code load.reps} and
 * {@code load.managers} (comma lists of accounts, the demo's by default),
 * {@code load.password}, {@code load.debug} (true: a step that cannot be taken prints the
 * UI's last answers), {@code load.secondTab} (true: everyone opens the app in a second
 * tab a ramp's length later, as "Second tab: open the app").
 */
public class HeadroomSimulation extends Simulation {

    static final String BASE = System.getProperty("load.baseUrl", "http://127.0.0.1:8080");

    static final int USERS = Integer.getInteger("load.users", 20);

    static final Duration KEEP_GOING = Duration.ofSeconds(Integer.getInteger("load.seconds", 60));

    static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.rampSeconds", 20));

    static final int P95_MILLIS = Integer.getInteger("load.p95Millis", 500);

    static final String PASSWORD = LoadAccounts.PASSWORD;

    /**
     * Everyone also opens the app in a second tab, a ramp's length after the first: the
     * same first page, with the ramp's sign-ins over (though everyone still opens it
     * within about the ramp's length of each other).
     */
    static final boolean SECOND_TAB = Boolean.getBoolean("load.secondTab");

    static final List<String> REPS = LoadAccounts.REPS;

    static final List<String> MANAGERS = LoadAccounts.MANAGERS;

    static final List<String> CONTENT_PEOPLE = LoadAccounts.CONTENT_PEOPLE;

    private static final AtomicLong NEXT = new AtomicLong();

    /** 5 to 10 seconds between steps, as a person reads and decides. */
    private static ChainBuilder think() {
        return exec(session -> session).pause(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    private static Iterator<Map<String, Object>> accounts(List<String> emails) {
        return Stream
            .generate(() -> Map.<String, Object>of("email", emails.get((int) (NEXT.getAndIncrement() % emails.size()))))
            .iterator();
    }

    private static final ChainBuilder REP_DAY = exec(go("My day", s -> "")).exec(think())
        .exec(go("Prospects", s -> "prospects"))
        .exec(think())
        .exec(uidl("Prospects: type a filter",
                s -> ui(s).type(ui(s).fieldWithPlaceholder("Search name, company, headline"), "a"), null))
        .exec(think())
        .exec(uidl("Prospects: open the new-prospect form", s -> ui(s).click(ui(s).button("Add prospect")),
                "First name"))
        .exec(session -> session.set("first", "Lena" + ThreadLocalRandom.current().nextInt(1_000_000))
            // Fixed width: no one's name is part of another's ("Load43" of "Load430");
            // the prospect is then picked by its whole name, as earlier runs added the
            // same last names.
            .set("last", String.format("Load%07d", NEXT.getAndIncrement())))
        .exec(uidl("Prospects: type a name", s -> ui(s).type(ui(s).field("First name"), s.getString("first")), null))
        .exec(uidl("Prospects: type a name", s -> ui(s).type(ui(s).field("Last name"), s.getString("last")), null))
        .exec(uidl("Prospects: paste the profile address",
                s -> ui(s).type(ui(s).field("LinkedIn profile"),
                        "https://www.linkedin.com/in/" + s.getString("first").toLowerCase() + "-"
                                + s.getString("last").toLowerCase()),
                null))
        .exec(uidl("Prospects: add the prospect", s -> ui(s).click(ui(s).button("Add prospect")), " added"))
        .exec(think())
        .exec(uidl("Prospects: type a filter",
                s -> ui(s).type(ui(s).fieldWithPlaceholder("Search name, company, headline"), s.getString("last")),
                null))
        .exec(uidl("Prospects: open a prospect",
                s -> ui(s).clickRow(ui(s).tag("vaadin-grid"),
                        ui(s).itemKey(text -> text.equals(s.getString("first") + " " + s.getString("last")))
                            .orElseThrow()),
                "Invitation sent"))
        .exec(think())
        .exec(uidl("Prospect: open the invitation form", s -> ui(s).click(ui(s).button("Invitation sent…")),
                "Template"))
        .exec(uidl("Prospect: list the templates", s -> ui(s).requestItems(ui(s).field("Template")), null))
        .exec(uidl("Prospect: choose a template",
                s -> ui(s).choose(ui(s).field("Template"), ui(s).itemKey(label -> true).orElseThrow()), null))
        .exec(think())
        .exec(uidl("Prospect: log the invitation", HeadroomSimulation::logInvitation, null))
        // The form's answer, as a rep answers it: past a team limit found only now (a
        // burst, the day's share) it asks why; on a Free seat whose notes are used up
        // for the month it asks to send without the note. Twice at most; a form that
        // still does not log it fails the step after.
        .asLongAs(s -> !logged(s) && s.getInt("attempt") < 2, "attempt")
        .on(exec(
                uidl("Prospect: log it as the form asks (a reason, no note)", HeadroomSimulation::logInvitation, null)))
        .doIf(s -> !logged(s))
        .then(exec(session -> {
            if (Boolean.getBoolean("load.debug")) {
                System.err.println("DEBUG not logged: " + ui(session).lastResponse());
            }
            return session;
        }).exec(uidl("Prospect: the invitation is logged", s -> List.of(), "Logged")))
        .exec(think())
        .exec(uidl("Prospect: close", s -> ui(s).click(ui(s).button("Close")), null));

    private static boolean logged(Session s) {
        return ui(s).lastResponse().contains("Logged");
    }

    /**
     * "Log invitation"; without the note when the seat's notes are used up for the month;
     * past a limit with the reason a rep gives.
     */
    private static List<tools.jackson.databind.node.ObjectNode> logInvitation(Session s) {
        var tree = ui(s);
        var rpc = new ArrayList<tools.jackson.databind.node.ObjectNode>();
        if (tree.lastResponse().contains("Send it without a note")) {
            rpc.addAll(tree.type(tree.field("Note (leave empty to send the invitation without one)"), ""));
        }
        var past = tree.find(e -> e.tag.equals("vaadin-button") && tree.textOf(e).equals("Log it past the limit"));
        if (past.isPresent()) {
            rpc.addAll(tree.type(tree.field("Why does this one go past the limit? Your managers read this"),
                    "Met at the trade fair yesterday; they expect it."));
            rpc.addAll(tree.click(past.get()));
        }
        else {
            rpc.addAll(tree.click(tree.button("Log invitation")));
        }
        return rpc;
    }

    private static final ChainBuilder MANAGER_MONDAY = exec(go("Team overview", s -> "overview")).exec(think())
        .exec(uidl("Team overview: open a member",
                s -> ui(s).clickRow(ui(s).tag("vaadin-grid"), ui(s).itemKey(text -> true).orElseThrow()), null))
        .exec(think());

    private static final ChainBuilder CONTENT = exec(go("Content calendar", s -> "content")).exec(think())
        .exec(uidl("Content: open an item", s -> ui(s).clickInMarkup(".content-chip"), "vaadin-dialog"))
        .exec(think())
        .exec(uidl("Content: close the item", s -> ui(s).click(ui(s).button("Close")), null));

    private static final ChainBuilder WARM_INTROS = exec(go("Prospects", s -> "prospects")).exec(think())
        .exec(uidl("Prospect: open with its warm paths",
                s -> ui(s).clickRow(ui(s).tag("vaadin-grid"), ui(s).itemKey(text -> true).orElseThrow()), "Warm paths"))
        .exec(think())
        .exec(uidl("Prospect: close", s -> ui(s).click(ui(s).button("Close")), null))
        .exec(go("Who knows whom", s -> "network/search"))
        .exec(uidl("Who knows whom: search", s -> ui(s).type(ui(s).field("Name starts with"), "A"), null))
        .exec(think());

    private static ScenarioBuilder person(String name, List<String> emails, ChainBuilder day) {
        return scenario(name).feed(accounts(emails))
            .exec(signIn(s -> s.getString("email"), PASSWORD))
            .exitHereIfFailed()
            // The one page load of the day: the app opens on My day; every later screen
            // is
            // reached in the same tab.
            .exec(open("Sign in: open the app", s -> ""))
            .exitHereIfFailed()
            .exec(think())
            .doIf(session -> SECOND_TAB)
            .then(exec(session -> session).pause(RAMP).exec(open("Second tab: open the app", s -> "")).exec(think()))
            .during(KEEP_GOING)
            .on(exec(day));
    }

    {
        int reps = Math.max(1, USERS * 6 / 10);
        int managers = Math.max(1, USERS * 15 / 100);
        int content = Math.max(1, USERS * 15 / 100);
        int intros = Math.max(1, USERS - reps - managers - content);
        List<PopulationBuilder> people = List.of(person("Rep", REPS, REP_DAY).injectOpen(rampUsers(reps).during(RAMP)),
                person("Manager", MANAGERS, MANAGER_MONDAY).injectOpen(rampUsers(managers).during(RAMP)),
                person("Content", CONTENT_PEOPLE, CONTENT).injectOpen(rampUsers(content).during(RAMP)),
                person("Warm intros", REPS, WARM_INTROS).injectOpen(rampUsers(intros).during(RAMP)));
        setUp(people)
            .protocols(http.baseUrl(BASE)
                .disableFollowRedirect()
                .acceptHeader("*/*")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/131.0.0.0 Safari/537.36 HeadroomLoad"))
            .assertions(global().failedRequests().count().is(0L),
                    forAll().responseTime().percentile(95.0).lt(P95_MILLIS),
                    // Always true: they print each step's count, median and 99th
                    // percentile
                    // next to its 95th, for the README's table (deploy/load/table.py
                    // reads them).
                    forAll().allRequests().count().gte(0L), forAll().failedRequests().count().gte(0L),
                    forAll().responseTime().percentile(50.0).gte(0), forAll().responseTime().percentile(99.0).gte(0));
    }

}
