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
import com.headroom.security.SystemAuthentication;
import com.headroom.team.TeamService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends KaribuTest {

    @Autowired
    TeamService teams;

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
    void a_manager_cannot_open_the_audit_log() {
        login(DemoAccounts.MANAGER_EMEA);
        assertThatThrownBy(() -> navigate("audit")).isInstanceOf(MockAccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class);
    }
}
