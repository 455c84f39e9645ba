package com.headroom.outreach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.KaribuTest;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.outreach.Headroom;
import com.headroom.outreach.LogRequest;
import com.headroom.outreach.MyDay;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.prospect.EmailStatus;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectDraft;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.headroom.team.PolicyDefaults;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * My day's own buttons: what they do, and what they keep. A My day page stays open for
 * hours, and its buttons' listeners with it; a listener that captured the day's figures
 * kept every invitation of the week for as long as the page lived (67 KB a UI for a rep
 * who sent 1,000): the buttons keep numbers.
 */
class MyDayButtonsTest extends KaribuTest {

    /** Wednesday 25 November 2026, 10:00 in Berlin. */
    static final Instant WED = LocalDateTime.parse("2026-11-25T10:00").atZone(ZoneId.of("Europe/Berlin")).toInstant();

    /** What a listener must not keep: the day and the figures it is made of. */
    static final List<Class<?>> FIGURES = List.of(MyDay.class, Headroom.class, Headroom.Invitations.class,
            Headroom.InMail.class, MyDay.KeepInTouch.class);

    @Autowired
    OutreachService outreach;

    @Autowired
    ProspectService prospects;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    TestData.Person rep;

    long teamId;

    @BeforeEach
    void aRepInATeam() {
        clock.set(WED);
        teamId = testData.team("Retention UI").id();
        rep = testData.member("Rita Retained", teamId);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void no_button_on_my_day_keeps_the_days_figures() {
        // Stale pending invitations (withdraw), one accepted and quiet since (keep in
        // touch), an InMail without an answer: every list My day's figures hold.
        clock.set(WED.minus(Duration.ofDays(PolicyDefaults.KEEP_IN_TOUCH_DAYS + 10)));
        var quiet = researched("Quiet");
        log(quiet, OutreachType.INVITATION_SENT);
        clock.set(WED.minus(Duration.ofDays(PolicyDefaults.KEEP_IN_TOUCH_DAYS + 9)));
        log(quiet, OutreachType.INVITATION_ACCEPTED);
        clock.set(WED.minus(Duration.ofDays(PolicyDefaults.WITHDRAW_REMINDER_DAYS + 9)));
        for (int i = 0; i < 4; i++) {
            log(researched("Stale" + i), OutreachType.INVITATION_SENT);
        }
        clock.set(WED.minus(Duration.ofDays(2)));
        log(researched("Written"), OutreachType.INMAIL_SENT);
        clock.set(WED);

        login(rep.email());
        navigate("");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Withdraw stale invitations (4)");
        var buttons = _find(Button.class);
        assertThat(buttons).extracting(Button::getText)
            .contains("Not now", "LinkedIn shows another number…", "LinkedIn restricted my account…", "Change");

        List<String> keeping = new ArrayList<>();
        for (var button : buttons) {
            for (Object listener : ComponentUtil.getListeners(button, ClickEvent.class)) {
                kept(listener).forEach(figure -> keeping
                    .add("\"" + button.getText() + "\" keeps a " + figure.getClass().getSimpleName()));
            }
        }
        assertThat(keeping).isEmpty();
    }

    @Test
    void linkedin_shows_another_number_sets_the_inmail_balance_within_what_the_tier_holds() {
        login(rep.email());
        navigate("");
        int max = testData.tier("Premium Business").settings().inMailMaxBalance();
        _click(_get(Button.class, spec -> spec.withText("LinkedIn shows another number…")));
        var balance = _get(IntegerField.class, spec -> spec.withLabel("Credits LinkedIn shows now"));
        assertThat(balance.getHelperText()).endsWith("At most " + max + ".");
        _setValue(balance, max + 1);
        _click(_get(Button.class, spec -> spec.withText("Set my balance")));
        assertThat(balance.isInvalid()).isTrue();
        assertThat(balance.getErrorMessage()).startsWith("Premium Business holds at most " + max + " InMail credits.");

        _setValue(balance, 7);
        _click(_get(Button.class, spec -> spec.withText("Set my balance")));
        assertThat(notificationTexts()).contains("Your InMail balance is now 7, as LinkedIn shows.");
        var gauge = _get(Span.class, spec -> spec.withText("InMail credits")).getParent().orElseThrow();
        assertThat(gauge.getChildren().filter(c -> c.hasClassName("gauge-value")).map(c -> ((Span) c).getText()))
            .containsExactly("7");
    }

    /**
     * The figures a listener reaches through what it captured: lambdas, records and
     * Headroom's view classes are followed; services, components and Vaadin are not (they
     * are shared or are the page itself).
     */
    private static List<Object> kept(Object listener) {
        List<Object> found = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        var queue = new ArrayDeque<Object>(List.of(listener));
        while (!queue.isEmpty()) {
            Object o = queue.poll();
            if (!seen.add(o)) {
                continue;
            }
            if (FIGURES.stream().anyMatch(f -> f.isInstance(o))) {
                found.add(o);
                continue;
            }
            for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                if (!followed(c)) {
                    break;
                }
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                        continue;
                    }
                    field.setAccessible(true);
                    try {
                        Object value = field.get(o);
                        if (value != null) {
                            queue.add(value);
                        }
                    }
                    catch (IllegalAccessException ex) {
                        throw new AssertionError(ex);
                    }
                }
            }
        }
        return found;
    }

    private static boolean followed(Class<?> c) {
        return c.isHidden() || c.isSynthetic() || c.isRecord() || c.getPackageName().startsWith("com.headroom.")
                && c.getPackageName().endsWith(".ui") && !com.vaadin.flow.component.Component.class.isAssignableFrom(c);
    }

    private ProspectDetails researched(String first) {
        var added = testData.as(rep,
                () -> prospects.add(teamId,
                        new ProspectDraft(first, "Retained", "Head of Sales", "Acme",
                                "https://www.linkedin.com/in/" + first.toLowerCase() + "-" + UUID.randomUUID(), "",
                                EmailStatus.UNKNOWN, "Berlin, Germany", "Software", 4, Set.of(), "")));
        return testData.as(rep, () -> prospects.changeStage(added.id(), Stage.RESEARCHED));
    }

    private void log(ProspectDetails prospect, OutreachType type) {
        testData.as(rep,
                () -> outreach.log(new LogRequest(prospect.id(), type, null,
                        type == OutreachType.INMAIL_SENT ? "A question" : null,
                        type == OutreachType.INMAIL_SENT ? "Hello" : null, null, TestData.key(), null)));
    }

}
