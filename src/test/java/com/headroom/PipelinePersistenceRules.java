package com.headroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.outreach.LogRequest;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.outreach.SourceFunnels;
import com.headroom.prospect.DealValue;
import com.headroom.prospect.MetPeople;
import com.headroom.prospect.PipelineValue;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectFilter;
import com.headroom.prospect.ProspectOrigin;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.ProspectSource;
import com.headroom.prospect.Stage;
import com.headroom.prospect.TeamPipeline;
import com.headroom.team.TeamSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sources and pipeline value on every database ({@link PersistenceRules} extends this):
 * the V18 columns and their CHECK constraints, the sums per stage and currency, deals won
 * per owner and source, what each source's people became, and quality connections.
 */
abstract class PipelinePersistenceRules extends LedgerDigestPersistenceRules {

    private static final LocalDate EVENT_DAY = LocalDate.of(2026, 11, 12);

    @Autowired
    private TestData testData;

    @Autowired
    private ProspectService prospects;

    @Autowired
    private OutreachService outreach;

    @Autowired
    private TeamPipeline pipeline;

    @Autowired
    private SourceFunnels funnels;

    @Autowired
    private MetPeople metPeople;

    @Autowired
    private TestClock clock;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_database_refuses_a_deal_of_0_a_value_without_currency_an_unknown_source_and_a_short_currency() {
        var team = testData.team("V18 checks");
        var rep = testData.member("Vera Value", team.id());
        var met = testData.as(rep, () -> prospects.add(team.id(), draft("Wim"), event("Checks Expo")));
        assertThat(jdbc.queryForObject("SELECT source FROM prospect WHERE id = ?", String.class, met.id()))
            .isEqualTo("EVENT");
        assertThat(jdbc.queryForObject("SELECT default_currency FROM team WHERE id = ?", String.class, team.id()))
            .isEqualTo("EUR");

        assertThatThrownBy(
                () -> jdbc.update("UPDATE prospect SET deal_value = 0, deal_currency = 'EUR' WHERE id = ?", met.id()))
            .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(
                () -> jdbc.update("UPDATE prospect SET deal_value = 10, deal_currency = NULL WHERE id = ?", met.id()))
            .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE prospect SET source = 'PODCAST' WHERE id = ?", met.id()))
            .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE team SET default_currency = 'EU' WHERE id = ?", team.id()))
            .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.update("UPDATE prospect SET deal_value = 1000000000, deal_currency = 'USD' WHERE id = ?",
                met.id()))
            .isEqualTo(1);
    }

    @Test
    void values_are_summed_per_stage_and_currency_and_won_deals_per_owner_and_source() {
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
        var team = testData.team("Deal sums");
        var manager = testData.manager("Mona Money", team.id(), Set.of(team.id()));
        var rep = testData.member("Rico Revenue", team.id());
        var euro = opportunity(team, rep, "Anna", ProspectOrigin.MANUAL, new BigDecimal("120000"), null);
        var dollar = opportunity(team, rep, "Bert", ProspectOrigin.MANUAL, new BigDecimal("8000.50"), "usd");
        opportunity(team, rep, "Cleo", ProspectOrigin.MANUAL, null, null);
        var won = opportunity(team, rep, "Dirk", event("Deal Expo"), new BigDecimal("2000"), null);
        clock.set(Instant.parse("2026-11-21T10:00:00Z"));
        testData.as(rep, () -> prospects.changeStage(won.id(), Stage.WON));

        var value = testData.as(rep, () -> prospects.value(ProspectFilter.team(team.id())));
        assertThat(value.sentence(Stage.OPPORTUNITY))
            .isEqualTo("€120,000 in 1 opportunity, $8,000.50 in 1 opportunity; 1 more without a value");
        assertThat(value.sentence(Stage.WON)).as("a won deal keeps its value").isEqualTo("€2,000 in 1 won deal");
        assertThat(testData.as(rep, () -> prospects.value(ProspectFilter.team(team.id()).withOwner(manager.id())))
            .summary()).isEmpty();

        var wonDeals = testData.as(manager, () -> pipeline.won(team.id(), Instant.parse("2026-11-21T00:00:00Z"),
                Instant.parse("2026-11-22T00:00:00Z")));
        assertThat(wonDeals).singleElement().satisfies(w -> {
            assertThat(w.ownerId()).isEqualTo(rep.id());
            assertThat(w.source()).isEqualTo(ProspectSource.EVENT);
            assertThat(w.sourceName()).isEqualTo("Deal Expo");
            assertThat(w.sum().currency()).isEqualTo("EUR");
            assertThat(w.sum().total()).isEqualByComparingTo("2000");
        });
        assertThat(
                testData
                    .as(manager,
                            () -> pipeline.won(team.id(), Instant.parse("2026-11-22T00:00:00Z"),
                                    Instant.parse("2026-11-23T00:00:00Z"))))
            .as("won the day before the period")
            .isEmpty();
        assertThat(euro.deal()).as("no currency given: the team's")
            .isEqualTo(new DealValue(new BigDecimal("120000.00"), "EUR", YearMonth.of(2027, 2)));
        assertThat(jdbc.queryForObject("SELECT deal_currency FROM prospect WHERE id = ?", String.class, dollar.id()))
            .isEqualTo("USD");
        assertThat(
                jdbc.queryForObject("SELECT deal_close_month FROM prospect WHERE id = ?", LocalDate.class, dollar.id()))
            .isEqualTo(LocalDate.of(2027, 2, 1));
        clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        var conversions = testData.as(manager, () -> pipeline.conversions(team.id(),
                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"), clock.instant()));
        assertThat(conversions.stream().filter(c -> c.from() == Stage.OPPORTUNITY).findFirst().orElseThrow())
            .extracting(c -> c.reached(), c -> c.wentOn())
            .containsExactly(4, 1);
    }

    @Test
    void each_sources_people_count_once_and_an_undone_entry_counts_not() {
        clock.set(Instant.parse("2026-11-16T09:00:00Z"));
        var team = testData.team("Source funnel");
        var manager = testData.manager("Sina Source", team.id(), Set.of(team.id()));
        var rep = testData.member("Sven Source", team.id());
        var ada = testData.as(rep, () -> prospects.add(team.id(), draft("Ada"), event("Funnel Expo")));
        var bo = testData.as(rep, () -> prospects.add(team.id(), draft("Bo"), event("Funnel Expo")));
        var cy = testData.as(rep, () -> prospects.add(team.id(), draft("Cy"), event("Funnel Expo")));
        testData.as(rep, () -> prospects.add(team.id(), draft("Di"), ProspectOrigin.MANUAL));
        clock.set(Instant.parse("2026-11-16T10:00:00Z"));
        log(rep, ada, OutreachType.INVITATION_SENT);
        log(rep, ada, OutreachType.INVITATION_ACCEPTED);
        log(rep, ada, OutreachType.MESSAGE_SENT);
        log(rep, ada, OutreachType.MESSAGE_SENT);
        log(rep, ada, OutreachType.MESSAGE_REPLIED);
        log(rep, bo, OutreachType.INVITATION_SENT);
        var undone = log(rep, cy, OutreachType.INVITATION_SENT);
        testData.as(rep, () -> outreach.undo(undone, TestData.key()));

        var rows = testData.as(manager, () -> funnels.bySource(team.id(), Instant.parse("2026-11-16T00:00:00Z"),
                Instant.parse("2026-11-17T00:00:00Z")));
        var expo = rows.stream().filter(r -> "Funnel Expo".equals(r.name())).findFirst().orElseThrow();
        assertThat(expo.source()).isEqualTo(ProspectSource.EVENT);
        assertThat(expo.date()).isEqualTo(EVENT_DAY);
        assertThat(expo)
            .extracting(r -> r.added(), r -> r.invited(), r -> r.accepted(), r -> r.contacted(), r -> r.replied())
            .containsExactly(3, 2, 1, 2, 1);
        assertThat(expo.acceptanceRate()).contains(50);
        assertThat(expo.replyRate()).contains(50);
        assertThat(rows.getFirst().name()).as("named sources first").isEqualTo("Funnel Expo");
        assertThat(rows).filteredOn(r -> r.source() == ProspectSource.MANUAL)
            .singleElement()
            .extracting(r -> r.added(), r -> r.invited())
            .containsExactly(1, 0);
        assertThat(testData.as(manager, () -> funnels.bySource(team.id(), Instant.parse("2026-11-17T00:00:00Z"),
                Instant.parse("2026-11-18T00:00:00Z"))))
            .as("nobody added that day")
            .isEmpty();
    }

    @Test
    void a_quality_connection_is_an_acceptance_with_icp_fit_4_or_5_and_fit_3_is_not() {
        clock.set(Instant.parse("2026-11-18T09:00:00Z"));
        var team = testData.team("Quality");
        var manager = testData.manager("Quinn Quality", team.id(), Set.of(team.id()));
        var rep = testData.member("Quentin Quality", team.id());
        for (Integer fit : new Integer[] { 3, 4, 5, null }) {
            var p = testData.as(rep, () -> prospects.add(team.id(), draft("Fit" + fit, fit), ProspectOrigin.MANUAL));
            log(rep, p, OutreachType.INVITATION_SENT);
            log(rep, p, OutreachType.INVITATION_ACCEPTED);
        }

        var quality = testData.as(manager, () -> funnels.quality(team.id(), Instant.parse("2026-11-18T00:00:00Z"),
                Instant.parse("2026-11-19T00:00:00Z")));
        assertThat(quality.get(rep.id())).isEqualTo(new SourceFunnels.Quality(4, 2));
        assertThat(quality.get(rep.id()).percent()).contains(50);
    }

    @Test
    void the_good_lines_of_a_paste_are_stored_as_met_at_the_event_even_when_others_are_left_out() {
        clock.set(Instant.parse("2026-11-19T09:00:00Z"));
        var team = testData.team("Met people");
        var rep = testData.member("Mila Met", team.id());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var held = testData.prospect(rep, team.id(), "Held", "Already", "Acme");
        String pasted = String.join("\n",
                "Greta Hoffmann, Umbrella, Head of Sales, https://www.linkedin.com/in/greta-" + tag,
                "Tom Becker, Cyberdyne, VP Sales", "Greta H, https://de.linkedin.com/in/GRETA-" + tag + "/",
                "Held Already, " + held.profileUrl(), "Pieter Jansen\thttps://www.linkedin.com/company/vandelay");

        var preview = testData.as(rep, () -> metPeople.preview(team.id(), pasted));
        assertThat(preview.kept()).hasSize(1);
        assertThat(preview.leftOut()).extracting(MetPeople.Line::number, MetPeople.Line::problem)
            .containsExactly(
                    org.assertj.core.groups.Tuple.tuple(2,
                            "No LinkedIn profile address: add it after the name (Headroom keeps one record per"
                                    + " person by it)."),
                    org.assertj.core.groups.Tuple.tuple(3, "The same person as line 1."),
                    org.assertj.core.groups.Tuple.tuple(4,
                            "Held Already is already in your team's prospects, owned by Mila Met."),
                    org.assertj.core.groups.Tuple.tuple(5, preview.leftOut().get(3).problem()));
        assertThat(preview.leftOut().get(3).problem()).contains("company page");

        var added = testData.as(rep, () -> metPeople.add(team.id(), event("Berlin Summit"), pasted));
        assertThat(added.added()).singleElement().satisfies(p -> {
            assertThat(p.draft().fullName()).isEqualTo("Greta Hoffmann");
            assertThat(p.draft().company()).isEqualTo("Umbrella");
            assertThat(p.draft().headline()).isEqualTo("Head of Sales");
            assertThat(p.origin()).isEqualTo(event("Berlin Summit"));
        });
        assertThat(added.leftOut()).hasSize(4);
        assertThat(jdbc.queryForObject("SELECT source_name FROM prospect WHERE id = ?", String.class,
                added.added().getFirst().id()))
            .isEqualTo("Berlin Summit");
    }

    private ProspectDetails opportunity(TeamSummary team, TestData.Person rep, String first, ProspectOrigin origin,
            BigDecimal amount, String currency) {
        var p = testData.as(rep, () -> prospects.add(team.id(), draft(first), origin));
        var moved = testData.as(rep, () -> prospects.changeStage(p.id(), Stage.OPPORTUNITY));
        return testData.as(rep, () -> prospects.update(p.id(), moved.version(), moved.draft(), null,
                new DealValue(amount, currency, YearMonth.of(2027, 2))));
    }

    private long log(TestData.Person rep, ProspectDetails p, OutreachType type) {
        return testData.as(rep, () -> outreach.log(LogRequest.now(p.id(), type, TestData.key()))).entryId();
    }

    private static ProspectOrigin event(String name) {
        return new ProspectOrigin(ProspectSource.EVENT, name, EVENT_DAY);
    }

    private static com.headroom.prospect.ProspectDraft draft(String first) {
        return draft(first, null);
    }

    private static com.headroom.prospect.ProspectDraft draft(String first, Integer fit) {
        return new com.headroom.prospect.ProspectDraft(first, "Example", "", "Acme",
                "https://www.linkedin.com/in/" + first.toLowerCase() + "-" + UUID.randomUUID(), "",
                com.headroom.prospect.EmailStatus.UNKNOWN, "", "", fit, Set.of(), "");
    }

}
