package com.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.email.ActivityImportService;
import com.headroom.email.AddressSuggestions;
import com.headroom.outreach.LogRequest;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.prospect.EmailStatus;
import com.headroom.prospect.ProspectDraft;
import com.headroom.prospect.ProspectService;
import com.headroom.warmintro.ConnectionFiles;
import com.headroom.warmintro.ConnectionImportService;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The e-mail channel's SQL on every database ({@link PersistenceRules} extends this): the
 * new statuses and ledger type pass the CHECK constraints, a member's own connections'
 * addresses are found by domain (a LIKE with an escape), and an activity row is read back
 * once however often its file is imported.
 */
abstract class EmailPersistenceRules extends CompanyKeyPersistenceRules {

    @Autowired
    private TestData testData;

    @Autowired
    private ProspectService prospects;

    @Autowired
    private OutreachService outreach;

    @Autowired
    private AddressSuggestions suggestions;

    @Autowired
    private ActivityImportService activity;

    @Autowired
    private ConnectionImportService connections;

    @Autowired
    private TestClock clock;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_guess_learned_from_own_connections_is_stored_and_activity_is_read_back_once() {
        clock.set(Instant.parse("2026-11-25T09:00:00Z"));
        var team = testData.team("E-mail SQL");
        var rep = testData.member("Erin Email", team.id());
        String domain = "quill" + UUID.randomUUID().toString().substring(0, 6) + ".io";
        testData.as(rep,
                () -> connections.importConnections("Connections.csv",
                        (ConnectionFiles.HEADER + "Anna,Berg,https://www.linkedin.com/in/anna-" + UUID.randomUUID()
                                + ",anna.berg@" + domain + ",Quill Partners,CFO,01 Mar 2025\n" + "Bo,Ek,"
                                + "https://www.linkedin.com/in/bo-" + UUID.randomUUID() + ",bo.ek@" + domain
                                + ",Quill Partners,CTO,01 Mar 2025\n")
                            .getBytes(StandardCharsets.UTF_8),
                        done -> {
                        }));
        var cara = testData.as(rep,
                () -> prospects.add(team.id(),
                        new ProspectDraft("Cara", "Lind", "", "Quill Partners",
                                "https://www.linkedin.com/in/cara-" + UUID.randomUUID(), "", EmailStatus.UNKNOWN, "",
                                "", null, Set.of(), "")));

        var offered = testData.as(rep, () -> suggestions.suggest(cara.id()));
        assertThat(offered.candidates()).extracting(c -> c.address()).first().isEqualTo("cara.lind@" + domain);
        testData.as(rep, () -> suggestions.pick(cara.id(), cara.version(), "cara.lind@" + domain));
        assertThat(jdbc.queryForObject("SELECT email_status FROM prospect WHERE id = ?", String.class, cara.id()))
            .isEqualTo("GUESSED");
        assertThat(
                jdbc.queryForObject("SELECT COUNT(*) FROM email_check WHERE prospect_id = ?", Integer.class, cara.id()))
            .isEqualTo(1);

        byte[] file = ("Email,Event,Date\ncara.lind@" + domain + ",sent,2026-11-24 10:00\ncara.lind@" + domain
                + ",bounced,2026-11-24 10:05\n")
            .getBytes(StandardCharsets.UTF_8);
        var first = testData.as(rep, () -> activity.importActivity(team.id(), file));
        var again = testData.as(rep, () -> activity.importActivity(team.id(), file));
        assertThat(first.logged()).isEqualTo(2);
        assertThat(again.logged()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT type FROM outreach_entry WHERE prospect_id = ? ORDER BY occurred_at",
                String.class, cara.id()))
            .containsExactly("EMAIL_SENT", "EMAIL_BOUNCED");
        assertThat(jdbc.queryForObject("SELECT email_status FROM prospect WHERE id = ?", String.class, cara.id()))
            .isEqualTo("BOUNCED");

        // Logged by hand too, beside the imported ones.
        testData.as(rep, () -> outreach
            .log(new LogRequest(cara.id(), OutreachType.EMAIL_SENT, null, null, null, null, TestData.key(), null)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outreach_entry WHERE prospect_id = ?", Integer.class,
                cara.id()))
            .isEqualTo(3);
        clock.reset();
    }

}
