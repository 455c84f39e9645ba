package com.headroom.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.Headroom.HealthReason;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import com.headroom.outreach.ChannelFunnel;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The overview and results files: one figure a column, and nothing a spreadsheet would
 * run.
 */
class DashboardCsvTest {

    @Test
    void the_overview_file_holds_each_figure_in_its_own_column_and_no_formula() throws Exception {
        var red = Statuses.member("=HYPERLINK(\"http://x\")",
                Statuses.headroom(Statuses.invitations(37, 100, 140, 100, 150), Health.RED,
                        List.of(new HealthReason(Health.RED, "+1 pending past the block.")), 2,
                        Optional.of(Instant.parse("2026-12-10T08:00:00Z"))),
                Optional.empty(), LocalDate.of(2026, 1, 5));
        var line = AttentionRules.pendingNearBlock(red).orElseThrow();
        var row = new MemberRow(red, "EMEA Sales", "3 working days ago", false, 1, 2, List.of(line));
        var overview = new TeamOverview(7L, "EMEA Sales", Instant.parse("2026-12-07T09:00:00Z"),
                LocalDate.of(2026, 12, 7), List.of(row), TeamTotals.of(List.of(row)), List.of(line));

        var out = new StringWriter();
        DashboardCsv.overview(overview, out);
        List<CSVRecord> records = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(out.toString()))
            .getRecords();

        assertThat(records).hasSize(1);
        var r = records.getFirst();
        assertThat(r.get("Member")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(r.get("Why")).isEqualTo("'+1 pending past the block.");
        assertThat(r.get("Invitations sent in the last 7 days")).isEqualTo("37");
        assertThat(r.get("Weekly invitation budget")).isEqualTo("100");
        assertThat(r.get("Pending invitations")).isEqualTo("140");
        assertThat(r.get("Pending: blocked at")).isEqualTo("150");
        assertThat(r.get("InMail credits expiring in 14 days")).isEqualTo("3");
        assertThat(r.get("Overrides waiting")).isEqualTo("1");
        assertThat(r.get("Intro requests to answer")).isEqualTo("2");
        assertThat(r.get("Needs attention")).isEqualTo("Pending near the block: 140 invitations pending; the team"
                + " blocks new ones at 150 (10 to go). Withdraw the oldest.");
        assertThat(DashboardCsv.overviewFileName(overview)).isEqualTo("team-overview-emea-sales-2026-12-07.csv");
    }

    @Test
    void the_results_file_ends_with_the_team_total_that_its_rows_add_up_to() throws Exception {
        var period = ResultsPeriod.of(ResultsPeriod.Kind.LAST_MONTH, LocalDate.of(2026, 12, 7));
        var dana = new ResultsRow(1L, "Dana Fischer", 40, 12, 5, 2, 1, 1, Optional.of(3.0), Optional.of(1.5), 50, 8, 2,
                0, 4, new ChannelFunnel(30, 6, 20, 5, 1));
        var sam = new ResultsRow(2L, "Sam Okafor", 10, 3, 0, 0, 0, 0, Optional.empty(), Optional.empty(), 10, 2, 0, 3,
                0, ChannelFunnel.NONE);
        var team = new ResultsRow(null, "EMEA Sales", 50, 15, 5, 2, 1, 1, Optional.of(3.0), Optional.of(1.5), 60, 10, 2,
                3, 4, new ChannelFunnel(30, 6, 20, 5, 1));
        var results = new Results(7, "EMEA Sales", period, List.of(dana, sam), team, List.of(), java.util.Map.of());
        var out = new StringWriter();
        DashboardCsv.results(results, out);
        var records = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(out.toString()))
            .getRecords();
        assertThat(records).extracting(r -> r.get("Member"))
            .containsExactly("Dana Fischer", "Sam Okafor", "Team total: EMEA Sales");
        assertThat(records.get(0).get("Period from")).isEqualTo("2026-11-01");
        assertThat(records.get(0).get("Period to")).isEqualTo("2026-11-30");
        assertThat(records.get(0).get("Acceptance rate %")).isEqualTo("30");
        assertThat(records.get(1).get("Median days invite to accept")).isEmpty();
        assertThat(records.get(2).get("Invitations sent")).isEqualTo("50");
        assertThat(records.get(2).get("InMail credits expired unused")).isEqualTo("3");
        assertThat(records.get(0).get("E-mails sent")).isEqualTo("20");
        assertThat(records.get(0).get("E-mail reply rate %")).isEqualTo("25");
        assertThat(records.get(0).get("LinkedIn answer rate %")).isEqualTo("20");
        assertThat(records.get(1).get("E-mail reply rate %")).as("no e-mail sent: no rate").isEmpty();
        assertThat(DashboardCsv.resultsFileName(results)).isEqualTo("results-emea-sales-2026-11-01-to-2026-11-30.csv");
    }

    @Test
    void periods_read_as_their_days_and_a_custom_one_is_checked() {
        var today = LocalDate.of(2026, 12, 7);
        assertThat(ResultsPeriod.of(ResultsPeriod.Kind.THIS_WEEK, today).label())
            .isEqualTo("This week: Mon 7 Dec 2026 – Mon 7 Dec 2026");
        assertThat(ResultsPeriod.of(ResultsPeriod.Kind.THIS_QUARTER, today).from())
            .isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(ResultsPeriod.of(ResultsPeriod.Kind.LAST_FOUR_WEEKS, today).from())
            .isEqualTo(LocalDate.of(2026, 11, 10));
        org.assertj.core.api.Assertions
            .assertThatThrownBy(() -> ResultsPeriod.custom(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 1), today))
            .hasMessage("Pick at most a year (366 days); this period has 700.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResultsPeriod.custom(null, today, today))
            .hasMessage("Pick the first and the last day of the period.");
        assertThat(ResultsPeriod.custom(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), today).to())
            .as("a period into the future stops today")
            .isEqualTo(today);
    }

}
