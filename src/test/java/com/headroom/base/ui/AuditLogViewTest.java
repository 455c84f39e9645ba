package com.headroom.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.headroom.DemoAccounts;
import com.headroom.Grids;
import com.headroom.KaribuTest;
import com.headroom.TestData;
import com.headroom.base.AuditEntry;
import com.headroom.base.AuditLog;
import com.headroom.prospect.ProspectExportService;
import com.headroom.prospect.ProspectFilter;
import com.headroom.security.SignInEvent;
import com.vaadin.flow.component.textfield.TextField;
import java.io.Writer;
import java.time.Duration;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.TeamService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends KaribuTest {

    @Autowired
    TeamService teams;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestData testData;

    @Autowired
    ProspectExportService prospectExports;

    @Test
    void an_admin_reads_the_newest_changes_first_and_filters_by_kind() {
        String oldName = TestData.unique("Audited");
        String newName = TestData.unique("Renamed");
        var team = SystemAuthentication.callAsSystem(() -> teams.create(oldName, "UTC"));
        login(DemoAccounts.ADMIN);
        teams.rename(team.id(), newName);

        navigate("audit");
        var newest = Grids.items(grid()).getFirst();
        assertThat(newest.subjectType()).isEqualTo("Team");
        assertThat(newest.action()).isEqualTo("Renamed");
        assertThat(newest.actor()).isEqualTo(DemoAccounts.ADMIN);
        assertThat(newest.oldValue()).isEqualTo(oldName);
        assertThat(newest.newValue()).isEqualTo(newName);

        @SuppressWarnings("unchecked")
        Select<String> kind = _get(Select.class);
        _setValue(kind, "Account");
        assertThat(Grids.items(grid())).isNotEmpty().allMatch(e -> e.subjectType().equals("Account"));
    }

    @Test
    void the_kinds_to_filter_by_are_every_kind_the_log_holds() {
        var lastTry = new SignInEvent(SignInEvent.Outcome.FAILED,
                TestData.unique("kinds").toLowerCase().replace(" ", "-") + "@acme.example", "192.0.2.10",
                Duration.ZERO);
        auditLog.recordSignIn(lastTry);
        login(DemoAccounts.ADMIN);
        navigate("audit");

        @SuppressWarnings("unchecked")
        Select<String> kind = _get(Select.class);
        var offered = kind.getListDataView().getItems().toList();
        assertThat(offered).first().isEqualTo("Everything");
        assertThat(offered).contains("Sign-in", "Account", "Team")
            .containsAll(SystemAuthentication.callAsSystem(auditLog::kinds));
    }

    @Test
    void an_admin_filters_by_account_and_sees_sign_ins_with_their_client_address() {
        String email = TestData.unique("audited").toLowerCase().replace(" ", "-") + "@acme.example";
        auditLog.recordSignIn(new SignInEvent(SignInEvent.Outcome.FAILED, email, "192.0.2.11", Duration.ZERO));
        auditLog
            .recordSignIn(new SignInEvent(SignInEvent.Outcome.THROTTLED, email, "192.0.2.11", Duration.ofSeconds(90)));
        auditLog.recordSignIn(
                new SignInEvent(SignInEvent.Outcome.FAILED, "someone-else@acme.example", "192.0.2.12", Duration.ZERO));
        auditLog.recordSignIn(
                new SignInEvent(SignInEvent.Outcome.FAILED, "my secret password", "192.0.2.13", Duration.ZERO));
        login(DemoAccounts.ADMIN);
        navigate("audit");

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Account (e-mail)")), email.toUpperCase());
        var lines = Grids.items(grid());
        assertThat(lines).extracting(AuditEntry::action)
            .containsExactly("Sign-in refused: too many tries", "Sign-in failed");
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.actor()).isEqualTo(email);
            assertThat(line.clientAddress()).isEqualTo("192.0.2.11");
        });
        assertThat(lines.getFirst().newValue()).isEqualTo("2 min");

        @SuppressWarnings("unchecked")
        Select<String> kind = _get(Select.class);
        _setValue(kind, "Team");
        assertThat(Grids.items(grid())).as("kind and account together").isEmpty();
        _setValue(kind, "Sign-in");
        assertThat(Grids.items(grid())).hasSize(2);

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Account (e-mail)")), "");
        assertThat(Grids.items(grid())).as("what was typed is kept only when it is an e-mail address")
            .noneMatch(line -> line.actor().contains("secret"));
    }

    @Test
    void downloads_are_recorded_with_who_and_from_where() throws Exception {
        var team = testData.team("Exporters");
        var member = testData.member("Export Er", team.id());
        login(member.email());
        prospectExports.exportCsv(ProspectFilter.team(team.id()), Writer.nullWriter());
        login(DemoAccounts.ADMIN);
        navigate("audit");
        @SuppressWarnings("unchecked")
        Select<String> kind = _get(Select.class);
        _setValue(kind, "Export");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Account (e-mail)")), member.email());
        var newest = Grids.items(grid()).getFirst();
        assertThat(newest.subjectLabel()).isEqualTo("Prospects (CSV)");
        assertThat(newest.action()).isEqualTo("Downloaded");
        assertThat(newest.actor()).isEqualTo(member.email());
    }

    @Test
    void a_manager_cannot_open_the_audit_log() {
        login(DemoAccounts.MANAGER_EMEA);
        assertThatThrownBy(() -> navigate("audit")).isInstanceOf(MockAccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class);
    }

}
