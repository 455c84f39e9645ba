package com.headroom.outreach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.headroom.TestData.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.DemoAccounts;
import com.headroom.Grids;
import com.headroom.KaribuTest;
import com.headroom.SignedInAs;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.outreach.LogRequest;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.outreach.Template;
import com.headroom.outreach.TemplateStats;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectFixtures;
import com.headroom.prospect.ProspectRow;
import com.headroom.prospect.ProspectService;
import com.headroom.security.Role;
import com.headroom.team.TeamSummary;
import com.headroom.tier.SecondInMailRule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The outreach screens as reps and managers use them: log, be refused, ask, approve, see
 * the day.
 */
class OutreachViewsTest extends KaribuTest {

    /** Wednesday 25 November 2026, 10:00 in Berlin. */
    static final Instant WED = LocalDateTime.parse("2026-11-25T10:00").atZone(ZoneId.of("Europe/Berlin")).toInstant();

    @Autowired
    OutreachService outreach;

    @Autowired
    com.headroom.outreach.ProspectOutreachService prospectOutreach;

    @Autowired
    com.headroom.outreach.OverrideService overrides;

    @Autowired
    com.headroom.prospect.DoNotContactService doNotContact;

    @Autowired
    ProspectService prospects;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    UserDetailsService users;

    TeamSummary team;

    TestData.Person manager;

    TestData.Person rep;

    @BeforeEach
    void aTeamWithThreeInvitationsAWeek() {
        clock.set(WED);
        var tier = testData.newTier("Tight", 3, 2, 4, SecondInMailRule.WAIT_FOR_REPLY);
        team = testData.team("Outreach UI");
        manager = testData.person("Mia Manager", Role.MANAGER, team.id(), tier.name());
        rep = testData.person("Rita Rep", Role.MEMBER, team.id(), tier.name());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_rep_logs_an_invitation_from_a_template_in_two_clicks_and_sees_what_is_left() {
        var ada = prospect("Ada", "Lovelace");
        openProspect(ada);
        assertThat(texts(Paragraph.class)).contains("Not connected yet.");

        _click(button("Invitation sent…"));
        assertThat(texts(Paragraph.class)).as("before sending, what is left")
            .contains("You may send 3 more today; 1" + " more keeps the suggested pace.");
        @SuppressWarnings("unchecked")
        ComboBox<Template> template = _get(ComboBox.class, spec -> spec.withLabel("Template"));
        _setValue(template,
                template.getListDataView()
                    .getItems()
                    .filter(t -> t.name().equals("Content engagement"))
                    .findFirst()
                    .orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withLabel("[Topic]")), "pipeline reviews");
        var note = noteField();
        assertThat(note.getValue()).startsWith("Hi Ada, I enjoyed your recent post on pipeline reviews;");
        assertThat(counter()).isEqualTo(note.getValue().length() + " of 300 characters");

        _setValue(note, "Hi Ada, get a FREE audit at acme.com!!!");
        assertThat(texts(ListItem.class)).contains(
                "A link: requests with links get marked as spam. Share it after they accept.",
                "All-caps words read as shouting: FREE.", "Several exclamation marks in a row look like an advert.",
                "Promotional words get requests marked as spam: \"free\".");
        _setValue(note, "x".repeat(301));
        assertThat(counter()).isEqualTo("301 of 300 characters: 1 too many");
        _click(button("Log invitation"));
        assertThat(texts(Paragraph.class)).contains("The note has 301 characters; " + tierName() + " allows 300.");

        _setValue(note, "Hi Ada, I enjoyed your post on pipeline reviews. Glad to connect.");
        _click(button("Log invitation"));
        assertThat(notificationTexts())
            .contains("Logged: Invitation sent. 2 of 3 invitations left this week; 2 more" + " today.");
        assertThat(texts(Paragraph.class)).contains("Your invitation is waiting for an answer.");
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.startsWith("You own this prospect · Invited"));
        assertThat(texts(Span.class))
            .anyMatch(t -> t.endsWith("You: Invitation sent with a note (template" + " \"Content engagement\")"));
    }

    @Test
    void an_outcome_is_one_click_and_undo_keeps_the_entry_but_crosses_it_out() {
        var ada = prospect("Ada", "Lovelace");
        testData.as(rep, () -> outreach.log(LogRequest.now(ada.id(), OutreachType.INVITATION_SENT, key())));
        openProspect(ada);
        _click(button("Accepted"));
        assertThat(notificationTexts()).contains("Logged: Invitation accepted. Ada is now connected.");
        assertThat(texts(Paragraph.class)).contains("Connected with you.");

        _click(_find(Button.class, spec -> spec.withText("Undo")).getFirst());
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Undone: Invitation accepted."));
        assertThat(texts(Span.class)).anyMatch(t -> t.endsWith("You: Invitation accepted — undone"));
        assertThat(texts(Paragraph.class)).contains("Your invitation is waiting for an answer.");
    }

    @Test
    void past_the_weekly_budget_the_form_says_so_before_sending_and_the_rep_asks_a_manager_first() {
        for (String name : List.of("Bo", "Cy", "Di")) {
            var p = prospect(name, "Example");
            testData.as(rep, () -> outreach.log(LogRequest.now(p.id(), OutreachType.INVITATION_SENT, key())));
        }
        var eve = prospect("Eve", "Example");
        openProspect(eve);
        _click(button("Invitation sent…"));
        assertThat(texts(Paragraph.class))
            .contains("Weekly budget used: 3 of 3. Next invitation frees up Wed 2 Dec" + " 2026 10:00.");
        _click(button("Not sent yet? Ask a manager first"));
        assertThat(reasonField().getErrorMessage()).isEqualTo("Tell your manager why this one can't wait.");
        _setValue(reasonField(), "Eve asked me to connect at the fair");
        _click(button("Not sent yet? Ask a manager first"));
        assertThat(notificationTexts())
            .contains("Sent to your team's managers. You'll see their answer here and on" + " My day.");
        assertThat(texts(Paragraph.class))
            .anyMatch(t -> t.startsWith("Waiting for a manager to approve: Weekly" + " budget used: 3 of 3."));

        // The manager sees it on My day and decides on the overrides screen.
        login(manager.email());
        navigate("");
        assertThat(texts(Paragraph.class))
            .anyMatch(t -> t.startsWith("1 request to go past a limit waits for your" + " decision."));
        navigate("overrides");
        assertThat(texts(Paragraph.class)).contains("Why it can't wait: \"Eve asked me to connect at the fair\"",
                "Asked Wed 25 Nov 2026 10:00");
        _click(button("Approve once"));
        assertThat(
                _get(TextField.class, spec -> spec.withLabel("Your reason (goes to the audit log)")).getErrorMessage())
            .isEqualTo("Give the reason for your decision: it goes to the audit log.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your reason (goes to the audit log)")),
                "Met at the fair: warm lead");
        _click(button("Approve once"));
        assertThat(notificationTexts()).contains("Approved. Rita Rep can log it now.");
        assertThat(deepTexts(ListItem.class)).anyMatch(t -> t.contains("Mia Manager approved Rita Rep's invitation"
                + " sent to Eve Example: \"Met at the fair: warm lead\"."));

        openProspect(eve);
        assertThat(texts(Paragraph.class)).contains("Mia Manager approved going past the limit for this invitation"
                + " sent: \"Met at the fair: warm lead\"");
        _click(button("Log it with this approval"));
        assertThat(texts(Paragraph.class)).contains("A manager approved going past it once: log it with the approval.");
        _click(button("Log invitation"));
        assertThat(notificationTexts()).contains("Logged past the limit: Invitation sent. Your managers see it. 0 of 3"
                + " invitations left this week; 0 more today.");
        assertThat(texts(Span.class))
            .contains("Past the limit with Mia Manager's approval: Met at the fair: warm lead");

        // The manager's list says who approved it, who used it and when, and links to the
        // person.
        login(manager.email());
        navigate("overrides");
        assertThat(deepTexts(ListItem.class)).anyMatch(t -> t.contains("Mia Manager approved Rita Rep's invitation"
                + " sent to Eve Example: \"Met at the fair: warm lead\"; Rita Rep used it on Wed 25 Nov 2026 10:00."));
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("prospects?open=" + eve.id());
    }

    @Test
    void an_invitation_already_sent_past_the_budget_is_logged_with_the_reps_reason_and_the_manager_sees_it() {
        for (String name : List.of("Bo", "Cy", "Di")) {
            var p = prospect(name, "Example");
            testData.as(rep, () -> outreach.log(LogRequest.now(p.id(), OutreachType.INVITATION_SENT, key())));
        }
        var eve = prospect("Eve", "Example");
        openProspect(eve);
        _click(button("Invitation sent…"));
        assertThat(texts(Paragraph.class))
            .anyMatch(t -> t.startsWith("Already sent it on LinkedIn? Log it with your" + " reason"));
        _click(button("Log it past the limit"));
        assertThat(reasonField().getErrorMessage())
            .isEqualTo("Say why you went past the limit, or ask a manager first" + " if it isn't sent yet.");
        _setValue(reasonField(), "Sent it from my phone at the fair");
        _click(button("Log it past the limit"));
        assertThat(notificationTexts()).contains("Logged past the limit: Invitation sent. Your managers see it. 0 of 3"
                + " invitations left this week; 0 more today.");
        assertThat(texts(Span.class)).contains("Stop and fix",
                "Logged past the limit: Weekly budget used: 3 of 3." + " Reason: Sent it from my phone at the fair");

        login(manager.email());
        navigate("");
        assertThat(texts(Paragraph.class))
            .anyMatch(t -> t.startsWith("1 action was logged past a limit in your teams" + " in the last 7 days."));
        navigate("overrides");
        assertThat(deepTexts(ListItem.class))
            .anyMatch(t -> t.startsWith("Wed 25 Nov 2026 10:00 · Rita Rep: invitation" + " sent to Eve Example")
                    && t.contains("Reason: \"Sent it from my phone at the fair\""));
    }

    @Test
    void a_stage_set_to_connected_by_hand_is_not_called_not_connected() {
        var ada = prospect("Ada", "Lovelace");
        testData.as(rep, () -> prospects.changeStage(ada.id(), com.headroom.prospect.Stage.CONNECTED));
        openProspect(ada);
        assertThat(texts(Paragraph.class))
            .contains("Connected, as the stage says (no accepted invitation is logged" + " here).")
            .doesNotContain("Not connected yet.");
        assertThat(_find(Button.class, spec -> spec.withText("Invitation sent…"))).isEmpty();
    }

    @Test
    void after_a_withdrawal_the_toast_says_when_linkedin_lets_the_rep_invite_again_and_no_stage_is_claimed() {
        var ada = prospect("Ada", "Lovelace");
        testData.as(rep, () -> outreach.log(LogRequest.now(ada.id(), OutreachType.INVITATION_SENT, key())));
        openProspect(ada);
        _click(button("Withdrawn"));
        assertThat(notificationTexts()).contains(
                "Logged: Invitation withdrawn. LinkedIn lets you invite Ada again" + " from Wed 16 Dec 2026 10:00.");
        assertThat(notificationTexts()).noneMatch(t -> t.contains("is now invited"));
        assertThat(texts(Paragraph.class)).contains(
                "You withdrew your invitation; LinkedIn lets you invite Ada again" + " from Wed 16 Dec 2026 10:00.");
        assertThat(_find(Button.class, spec -> spec.withText("Invitation sent…"))).isEmpty();
    }

    @Test
    void my_day_shows_what_each_gauge_counts_the_health_and_the_to_do_list() {
        var ada = prospect("Ada", "Lovelace");
        testData.as(rep, () -> outreach.log(new LogRequest(ada.id(), OutreachType.INVITATION_SENT,
                WED.minus(java.time.Duration.ofDays(25)), null, null, null, key(), null)));
        var bo = prospect("Bo", "Example");
        testData.as(rep, () -> outreach.log(LogRequest.now(bo.id(), OutreachType.INVITATION_SENT, key())));
        testData.as(rep, () -> outreach.log(LogRequest.now(bo.id(), OutreachType.INVITATION_ACCEPTED, key())));

        login(rep.email());
        navigate("");
        assertThat(_get(H2.class).getText()).isEqualTo("Hello, Rita");
        assertThat(gauge("invitations left this week")).isEqualTo("2");
        assertThat(detail("invitations left this week")).startsWith("1 of 3 sent in the last 7 days.");
        // 2 left and 1 sent today over 5 working days is 1 a day: today's is done.
        assertThat(gauge("invitations today, as suggested")).isEqualTo("1 of 1");
        assertThat(detail("invitations today, as suggested")).isEqualTo("2 left over 5 working days is 1 a day; at"
                + " most the team's suggested pace of 20 a day; 1 sent today. Your team allows at most 40 a day. You"
                + " may send 2 more today.");
        // The two acceptance rates are named, so that a rep sees why they differ.
        assertThat(gauge("accepted of your last 1 decided invitations")).isEqualTo("100%");
        assertThat(detail("accepted of your last 1 decided invitations")).startsWith("Of the 2 invitations you sent in"
                + " the last 30 days, 1 (50%) are accepted so far; the rest are mostly still waiting for an answer");
        assertThat(gauge("invitations pending")).isEqualTo("1");
        assertThat(gauge("messages left today")).isEqualTo("120");
        assertThat(texts(Span.class)).contains("Watch out");
        assertThat(texts(ListItem.class)).contains("1 invitation has been pending for more than 21 days: withdraw it to"
                + " keep room under the pending limit.");
        assertThat(texts(Paragraph.class)).contains("Withdraw stale invitations (1)", "Follow up: they accepted (1)");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("prospects?open=" + ada.id(),
                "prospects?open=" + bo.id());
    }

    @Test
    void a_rep_reports_a_linkedin_restriction_and_invitations_pause_until_the_cooldown_ends() {
        var ada = prospect("Ada", "Lovelace");
        login(rep.email());
        navigate("");
        _click(button("LinkedIn restricted my account…"));
        _click(button("Pause my invitations"));
        assertThat(notificationTexts()).contains("Logged. Headroom pauses your invitations for the cooldown.");
        assertThat(texts(Span.class)).contains("Stop and fix");
        assertThat(gauge("invitations paused until")).isEqualTo("Wed 2 Dec 2026");
        assertThat(gauge("invitations left this week: paused until Wed 2 Dec 2026")).isEqualTo("0");

        openProspect(ada);
        _click(button("Invitation sent…"));
        assertThat(texts(Paragraph.class)).contains("Paused after LinkedIn restricted your account on Wed 25 Nov 2026:"
                + " no invitations until Wed 2 Dec 2026 10:00.");
        _setValue(reasonField(), "She asked me to connect before I was restricted");
        _click(button("Log it past the limit"));
        assertThat(notificationTexts()).contains("Logged past the limit: Invitation sent. Your managers see it."
                + " Invitations are paused until Wed 2 Dec 2026 10:00.");
    }

    @Test
    void a_rep_with_nothing_due_is_told_what_to_do_next() {
        login(rep.email());
        navigate("");
        assertThat(texts(Paragraph.class)).contains("Nothing is due. A good moment to find new prospects on the"
                + " Prospects page, or to plan a post that brings people to you.");
        assertThat(texts(Span.class)).contains("Healthy");
    }

    @Test
    void an_admin_has_no_seat_and_gets_the_administration_links() {
        login(DemoAccounts.ADMIN);
        navigate("");
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.startsWith("Administrators have no LinkedIn seat"));
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("tiers", "teams", "people", "audit");
    }

    @Test
    void the_templates_view_counts_a_merged_note_against_the_tier_and_shows_how_each_template_does() {
        var ada = prospect("Ada", "Lovelace");
        login(rep.email());
        navigate("templates");
        _click(button("New template"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Short and warm");
        // No browser maxlength: it counts UTF-16 units, and would cut 199 letters and
        // 👍🏽 short of 200.
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Text")).getElement().getProperty("maxlength")).isNull();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Text")), "x".repeat(199) + "👍🏽");
        assertThat(counter()).startsWith("200 of 300 characters");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Text")), "Hi [Name], fellow fan of [Topic] here.");
        assertThat(counter())
            .isEqualTo("38 of 300 characters before merging; try it on a prospect to count the real" + " length");
        @SuppressWarnings("unchecked")
        ComboBox<ProspectRow> tryOn = _get(ComboBox.class, spec -> spec.withLabel("Try it on"));
        _setValue(tryOn, testData.as(rep, () -> prospects.rows(team.id(), List.of(ada.id()))).get(ada.id()));
        _setValue(_get(TextField.class, spec -> spec.withLabel("[Topic]")), "analytics");
        assertThat(counter()).isEqualTo("37 of 300 characters for Ada");
        assertThat(texts(Paragraph.class)).contains("Hi Ada, fellow fan of analytics here.");
        _click(button("Save to the team's library"));
        assertThat(notificationTexts()).contains("Saved \"Short and warm\".");

        long templateId = Grids.items(templates())
            .stream()
            .filter(t -> t.name().equals("Short and warm"))
            .findFirst()
            .orElseThrow()
            .id();
        testData.as(rep, () -> outreach.log(new LogRequest(ada.id(), OutreachType.INVITATION_SENT, null, null,
                "Hi Ada, fellow fan of analytics here.", templateId, key(), null)));
        testData.as(rep, () -> outreach.log(LogRequest.now(ada.id(), OutreachType.INVITATION_ACCEPTED, key())));

        navigate("");
        navigate("templates");
        assertThat(Grids.row(templates(), t -> t.name().equals("Short and warm"))).containsSequence("Connection note",
                "1", "1", "0", "100% accepted");
        @SuppressWarnings("unchecked")
        ComboBox<TemplateStats> first = _get(ComboBox.class, spec -> spec.withLabel("Compare"));
        @SuppressWarnings("unchecked")
        ComboBox<TemplateStats> second = _get(ComboBox.class, spec -> spec.withLabel("with"));
        _setValue(first, pick(first, "Short and warm"));
        _setValue(second, pick(second, "Industry connection"));
        _click(button("Compare"));
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.startsWith("\"Short and warm\" 1 of 1 accepted (100%);")
                && t.endsWith("Not enough sent yet to tell them apart: keep using both."));
    }

    @Test
    void a_time_picked_without_a_day_is_refused_instead_of_logging_now() {
        var ada = prospect("Ada", "Lovelace");
        openProspect(ada);
        var when = _get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class,
                spec -> spec.withLabel("When, if not just now"));
        // The rep picks a time and leaves the day empty.
        _setValue(_get(when, com.vaadin.flow.component.timepicker.TimePicker.class), java.time.LocalTime.of(9, 0));
        assertThat(when.getValue()).isNull();
        @SuppressWarnings("unchecked")
        ComboBox<OutreachType> more = _get(ComboBox.class, spec -> spec.withPlaceholder("Something else…"));
        _setValue(more, OutreachType.PROFILE_VIEWED);
        assertThat(texts(Paragraph.class))
            .contains("Pick both the day and the time, or leave both empty for just" + " now.");
        assertThat(testData.as(rep, () -> prospectOutreach.forProspect(ada.id())).history()).isEmpty();
    }

    @Test
    void the_send_form_checks_again_when_the_rep_changes_when_it_happened() {
        for (String name : List.of("Bo", "Cy", "Di")) {
            var p = prospect(name, "Example");
            testData.as(rep, () -> outreach.log(LogRequest.now(p.id(), OutreachType.INVITATION_SENT, key())));
        }
        var eve = prospect("Eve", "Example");
        openProspect(eve);
        _click(button("Invitation sent…"));
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.startsWith("Weekly budget used: 3 of 3."));
        // Eight days ago the week held none of today's three.
        var when = _get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class,
                spec -> spec.withLabel("When, if not just now"));
        _setValue(when, LocalDateTime.parse("2026-11-17T10:00"));
        assertThat(texts(Paragraph.class)).noneMatch(t -> t.startsWith("Weekly budget used"));
        _click(button("Log invitation"));
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Logged: Invitation sent."));
    }

    @Test
    void an_invitation_that_expired_unanswered_is_one_click_and_leaves_no_lockout() {
        var ada = prospect("Ada", "Lovelace");
        testData.as(rep, () -> outreach.log(LogRequest.now(ada.id(), OutreachType.INVITATION_SENT, key())));
        openProspect(ada);
        _click(button("Expired"));
        assertThat(notificationTexts()).contains("Logged: Invitation expired.");
        assertThat(_find(Button.class, spec -> spec.withText("Invitation sent…"))).hasSize(1);
    }

    @Test
    void a_prospect_without_a_company_opens_and_says_what_adding_one_would_show() {
        var nobody = testData.as(rep, () -> prospects.add(team.id(), ProspectFixtures.draft("Nola", "Nocompany", "",
                "https://www.linkedin.com/in/nola-" + UUID.randomUUID())));
        openProspect(nobody);
        assertThat(texts(Paragraph.class))
            .anyMatch(t -> t.endsWith("Add the company to see who knows their" + " colleagues."));
    }

    @Test
    void a_paused_rep_sees_paused_today_and_a_manager_reads_what_the_rep_was_told() {
        testData.as(rep, () -> outreach.reportRestriction(WED.minus(java.time.Duration.ofHours(1)), null, key()));
        var ada = prospect("Ada", "Lovelace");
        testData.as(rep, () -> overrides.requestOverride(ada.id(), OutreachType.INVITATION_SENT, "Her last day"));
        login(rep.email());
        navigate("");
        assertThat(gauge("invitations today, as suggested")).isEqualTo("Paused");
        assertThat(detail("invitations today, as suggested")).doesNotContain("at most 40 a day");
        login(manager.email());
        navigate("overrides");
        assertThat(deepTexts(com.vaadin.flow.component.html.H3.class))
            .contains("Rita Rep asks to send an invitation" + " to Ada Lovelace");
        assertThat(texts(Paragraph.class))
            .anyMatch(t -> t.startsWith("Rita was told: \"Paused after LinkedIn" + " restricted your account"));
    }

    @Test
    void a_new_free_account_reads_ramp_ups_daily_figure_and_that_its_tier_has_no_inmail() {
        var lee = testData.member("Lea Newcomer", team.id(), "Free", java.time.LocalDate.of(2026, 11, 23));
        login(lee.email());
        navigate("");
        assertThat(detail("invitations today, as suggested")).contains("Ramp-up allows at most 10 a day.");
        assertThat(detail("InMail credits")).startsWith("Free has no InMail credits.");
    }

    @Test
    void the_form_says_before_sending_that_a_person_is_on_the_do_not_contact_list() {
        var ada = prospect("Ada", "Lovelace");
        SignedInAs.run(users, manager.email(), () -> doNotContact.add(team.id(),
                com.headroom.prospect.DoNotContactKind.PERSON, ada.profileUrl(), "Asked us to stop"));
        openProspect(ada);
        _click(button("Invitation sent…"));
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.startsWith("Ada Lovelace is on the do-not-contact list"));
    }

    // ---- Helpers. ----

    private static TemplateStats pick(ComboBox<TemplateStats> box, String name) {
        return box.getListDataView().getItems().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Template> templates() {
        return _get(Grid.class);
    }

    private String tierName() {
        return testData.as(rep, () -> outreach.myHeadroom()).orElseThrow().tierName();
    }

    private void openProspect(ProspectDetails prospect) {
        login(rep.email());
        UI.getCurrent().navigate("prospects", QueryParameters.of("open", Long.toString(prospect.id())));
    }

    private static TextArea reasonField() {
        return _get(TextArea.class,
                spec -> spec.withLabel("Why does this one go past the limit? Your managers read" + " this"));
    }

    private static <T extends Component> List<String> deepTexts(Class<T> type) {
        return _find(type).stream().map(c -> c.getElement().getTextRecursively()).toList();
    }

    private static TextArea noteField() {
        return _get(TextArea.class, spec -> spec.withLabel("Note (leave empty to send the invitation without one)"));
    }

    private static String counter() {
        return _find(Span.class, spec -> spec.withClasses("char-counter")).getLast().getText();
    }

    private static String gauge(String counts) {
        var label = _get(Span.class, spec -> spec.withText(counts));
        var box = label.getParent().orElseThrow();
        return ((Span) box.getChildren().filter(c -> c.hasClassName("gauge-value")).findFirst().orElseThrow())
            .getText();
    }

    private static String detail(String counts) {
        var label = _get(Span.class, spec -> spec.withText(counts));
        var box = label.getParent().orElseThrow();
        return ((Paragraph) box.getChildren().filter(c -> c.hasClassName("gauge-detail")).findFirst().orElseThrow())
            .getText();
    }

    private static <T extends Component & HasText> List<String> texts(Class<T> type) {
        return _find(type).stream().map(HasText::getText).toList();
    }

    private static Button button(String text) {
        return _find(Button.class, spec -> spec.withText(text)).getLast();
    }

    private ProspectDetails prospect(String first, String last) {
        return testData.prospect(rep, team.id(), first, last, "Acme");
    }

}
