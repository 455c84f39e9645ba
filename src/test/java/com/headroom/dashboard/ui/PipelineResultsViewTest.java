package com.headroom.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.Grids;
import com.headroom.KaribuTest;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.dashboard.PipelineResults.MemberValue;
import com.headroom.dashboard.PipelineResults.SourceRow;
import com.headroom.outreach.LogRequest;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.prospect.DealValue;
import com.headroom.prospect.ProspectDraft;
import com.headroom.prospect.ProspectFixtures;
import com.headroom.prospect.ProspectOrigin;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.ProspectSource;
import com.headroom.prospect.Stage;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The metrics that matter, where a manager reads them: under results over time. */
class PipelineResultsViewTest extends KaribuTest {

    @Autowired
    TestData testData;

    @Autowired
    ProspectService prospects;

    @Autowired
    OutreachService outreach;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_manager_sees_pipeline_value_conversion_won_value_quality_and_which_source_paid() {
        clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        var team = testData.team("Metrics");
        var manager = testData.manager("Mara Metrics", team.id(), Set.of(team.id()));
        var rep = testData.member("Ravi Results", team.id());
        var expo = new ProspectOrigin(ProspectSource.EVENT, "Metrics Expo", LocalDate.of(2026, 11, 24));
        var fit = testData.as(rep, () -> prospects.add(team.id(), draft("Fia", 5), expo));
        var other = testData.as(rep, () -> prospects.add(team.id(), draft("Olle", 3), expo));
        for (var p : java.util.List.of(fit, other)) {
            testData.as(rep, () -> outreach.log(LogRequest.now(p.id(), OutreachType.INVITATION_SENT, TestData.key())));
        }
        testData.as(rep,
                () -> outreach.log(LogRequest.now(fit.id(), OutreachType.INVITATION_ACCEPTED, TestData.key())));
        var moved = testData.as(rep, () -> prospects.changeStage(fit.id(), Stage.WON));
        testData.as(rep, () -> prospects.update(fit.id(), moved.version(), moved.draft(), null,
                new DealValue(new BigDecimal("40000"), null, null)));
        clock.set(Instant.parse("2026-11-26T10:00:00Z"));

        login(manager.email());
        navigate("overview/results", "team=" + team.id() + "&period=THIS_WEEK");

        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains("Opportunity: no opportunities.",
                "Won: €40,000 in 1 won deal.", "Of 2 people who reached Invited, 1 (50%) reached Connected.",
                "Of 1 person who reached Opportunity, 1 (100%) reached Won.");
        @SuppressWarnings("unchecked")
        Grid<MemberValue> members = _get(Grid.class,
                spec -> spec.withPredicate(g -> g.getColumnByKey("quality") != null));
        assertThat(Grids.row(members, m -> m.memberId() != null && m.memberId() == rep.id()))
            .containsExactly("Ravi Results", "€40,000 in 1 deal", "1 of 1 accepted (100%)");
        @SuppressWarnings("unchecked")
        Grid<SourceRow> sources = _get(Grid.class,
                spec -> spec.withPredicate(g -> g.getColumnByKey("replied") != null));
        assertThat(Grids.row(sources, r -> "Metrics Expo".equals(r.funnel().name()))).containsExactly("Event",
                "Metrics Expo", "Tue 24 Nov 2026", "2", "2", "1 (50%)", "0 (0%)", "€40,000 in 1 deal");
    }

    private static void navigate(String path, String query) {
        com.vaadin.flow.component.UI.getCurrent()
            .navigate(path, com.vaadin.flow.router.QueryParameters.fromString(query));
    }

    private static ProspectDraft draft(String first, int fit) {
        var d = ProspectFixtures.draft(first, "Example", "Acme",
                "https://www.linkedin.com/in/" + first.toLowerCase() + "-" + UUID.randomUUID());
        return new ProspectDraft(d.firstName(), d.lastName(), d.headline(), d.company(), d.profileUrl(), d.email(),
                d.emailStatus(), d.location(), d.industry(), fit, d.tags(), d.sharedNotes());
    }

}
