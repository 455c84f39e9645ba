package com.headroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.HeadroomTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo shows sources and deal values, as the README says. */
@HeadroomTest
class DemoPipelineTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void dana_logged_the_people_she_met_at_the_event_and_one_line_was_left_out() {
        assertThat(jdbc.queryForList("SELECT p.first_name FROM prospect p JOIN account a ON a.id = p.owner_id"
                + " WHERE a.email = 'dana@acme.example' AND p.source = 'EVENT' AND p.source_name = ?"
                + " ORDER BY p.first_name", String.class, DemoPipeline.EVENT))
            .containsExactly("Elif", "Greta", "Nadia", "Pieter");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM content_item WHERE type = 'EVENT' AND title = ?",
                Integer.class, DemoPipeline.EVENT))
            .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM outreach_template t JOIN team m ON m.id = t.team_id"
                        + " WHERE m.name = 'EMEA Sales' AND t.kind = 'MESSAGE' AND t.name = 'Event follow-up message'",
                Integer.class))
            .isEqualTo(1);
    }

    @Test
    void a_linkedin_group_and_a_webinar_brought_some_of_danas_invitees() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT p.source, p.source_name, COUNT(*) AS n FROM prospect p JOIN team t ON t.id = p.team_id"
                        + " WHERE t.name = 'EMEA Sales' AND p.source IN ('LINKEDIN_GROUP', 'WEBINAR')"
                        + " GROUP BY p.source, p.source_name ORDER BY p.source");
        assertThat(rows).extracting(r -> r.get("SOURCE_NAME") == null ? r.get("source_name") : r.get("SOURCE_NAME"))
            .containsExactly(DemoPipeline.GROUP, DemoPipeline.WEBINAR);
    }

    @Test
    void every_deal_has_a_currency_of_its_team_and_americas_values_in_dollars() {
        assertThat(jdbc.queryForObject("SELECT default_currency FROM team WHERE name = 'Americas Sales'", String.class))
            .isEqualTo("USD");
        assertThat(jdbc.queryForObject("SELECT default_currency FROM team WHERE name = 'EMEA Sales'", String.class))
            .isEqualTo("EUR");
        assertThat(
                jdbc.queryForList(
                        "SELECT DISTINCT p.deal_currency FROM prospect p JOIN team t ON t.id = p.team_id"
                                + " WHERE t.name = 'EMEA Sales' AND p.stage IN ('OPPORTUNITY', 'WON', 'LOST')",
                        String.class))
            .containsExactlyInAnyOrder("EUR", "GBP");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM prospect p JOIN team t ON t.id = p.team_id"
                + " WHERE t.name IN ('EMEA Sales', 'Americas Sales') AND p.stage IN ('WON', 'LOST')"
                + " AND p.deal_value IS NULL", Integer.class))
            .as("won and lost deals carry their value")
            .isZero();
    }

}
