package com.headroom.tier.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.headroom.DemoAccounts;
import com.headroom.Grids;
import com.headroom.KaribuTest;
import com.headroom.Tiers;
import com.headroom.base.AuditEntry;
import com.headroom.base.AuditLog;
import com.headroom.security.SystemAuthentication;
import com.headroom.tier.InMailRenewal;
import com.headroom.tier.TierDetails;
import com.headroom.tier.TierService;
import com.headroom.tier.TierSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TiersViewTest extends KaribuTest {

    @Autowired
    TierService tiers;

    @Autowired
    AuditLog auditLog;

    private TierDetails custom;

    @BeforeEach
    void aCustomTierToEdit() {
        // Tests edit a tier of their own, so that the shipped figures stay as DESIGN.md
        // says.
        var name = "Team Plan " + UUID.randomUUID().toString().substring(0, 8);
        custom = SystemAuthentication.callAsSystem(() -> tiers.create(new TierSettings(name, 100, null, 300, 10, 30,
                InMailRenewal.BILLING_DAY, com.headroom.tier.SecondInMailRule.WAIT_FOR_REPLY, 120, 8000, 200, 1900,
                "Negotiated with LinkedIn")));
    }

    @Test
    void the_catalogue_shows_the_seven_shipped_tiers_with_their_figures() {
        openAsAdmin();
        var grid = grid();
        assertThat(Grids.row(grid, t -> t.name().equals("Free"))).containsExactly("Free", "100", "5 a month", "200",
                "0 (max 0)", "No InMail credits", "Shipped");
        assertThat(Grids.row(grid, t -> t.name().equals("Sales Navigator Core"))).containsExactly(
                "Sales Navigator Core", "200", "unlimited", "300", "50 (max 150)", "On the 1st of each month (UTC)",
                "Shipped");
        assertThat(Grids.items(grid).stream().filter(TierDetails::builtIn).map(TierDetails::name))
            .containsExactlyInAnyOrder("Free", "Premium Career", "Premium Business", "Sales Navigator Core",
                    "Sales Navigator Advanced", "Recruiter Lite", "LinkedIn Recruiter");
    }

    @Test
    void an_edit_is_saved_and_kept_in_the_audit_log_with_old_and_new_value() {
        openEditor();
        _setValue(field("Invitations a week"), 120);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications(custom.name() + " saved.");
        assertThat(stored().settings().weeklyInvitationBudget()).isEqualTo(120);
        List<AuditEntry> history = SystemAuthentication
            .callAsSystem(() -> auditLog.historyOf(TierService.AUDIT_SUBJECT, custom.id()));
        assertThat(history).anySatisfy(entry -> {
            assertThat(entry.field()).isEqualTo("Invitations a week");
            assertThat(entry.oldValue()).isEqualTo("100");
            assertThat(entry.newValue()).isEqualTo("120");
            assertThat(entry.actor()).isEqualTo(DemoAccounts.ADMIN);
        });
    }

    @Test
    void a_negative_budget_shows_the_field_error_and_stores_nothing() {
        openEditor();
        _setValue(field("Invitations a week"), -5);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        var budget = field("Invitations a week");
        assertThat(budget.isInvalid()).isTrue();
        assertThat(budget.getErrorMessage()).isEqualTo("Must be 0 or more");
        assertThat(stored().settings().weeklyInvitationBudget()).isEqualTo(100);
        assertThat(stored().version()).isEqualTo(custom.version());
    }

    @Test
    void a_note_longer_than_linkedin_allows_is_refused() {
        openEditor();
        _setValue(field("Note length (characters)"), 301);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(field("Note length (characters)").getErrorMessage())
            .isEqualTo("LinkedIn notes hold at most 300 characters");
        assertThat(stored().settings().noteCharacterLimit()).isEqualTo(300);
    }

    @Test
    void a_maximum_balance_below_the_monthly_grant_is_refused() {
        openEditor();
        _setValue(field("InMail credits a month"), 50);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(field("Most InMail credits held at once").getErrorMessage())
            .isEqualTo(TierSettings.MAX_BALANCE_BELOW_GRANT);
        assertThat(stored().settings().monthlyInMailCredits()).isEqualTo(10);
    }

    @Test
    void credits_without_a_renewal_day_are_refused() {
        openEditor();
        @SuppressWarnings("unchecked")
        Select<InMailRenewal> renewal = _get(Select.class, spec -> spec.withLabel("Credits renew"));
        _setValue(renewal, InMailRenewal.NONE);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(renewal.isInvalid()).isTrue();
        assertThat(renewal.getErrorMessage()).isEqualTo(TierSettings.CREDITS_WITHOUT_RENEWAL);
        assertThat(stored().settings().inMailRenewal()).isEqualTo(InMailRenewal.BILLING_DAY);
    }

    @Test
    void a_save_over_someone_elses_newer_save_is_refused() {
        openEditor();
        SystemAuthentication.runAsSystem(
                () -> tiers.update(custom.id(), custom.version(), Tiers.withWeeklyBudget(custom.settings(), 150)));
        _setValue(field("Invitations a week"), 120);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text)
            .startsWith("Someone else changed " + custom.name() + " while you were editing."));
        assertThat(stored().settings().weeklyInvitationBudget()).isEqualTo(150);
    }

    @Test
    void an_admin_adds_a_custom_tier() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withText("Add tier")));
        String name = "Agency " + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tier name")), name);
        _setValue(field("Invitations a week"), 80);
        _click(_get(Button.class, spec -> spec.withText("Add tier")
            .withPredicate(
                    b -> b.getParent().isPresent() && !b.getParent().get().getClass().getSimpleName().equals("Div"))));

        NotificationsKt.expectNotifications(name + " added.");
        assertThat(Grids.row(grid(), t -> t.name().equals(name))).startsWith(name, "80");
    }

    @Test
    void a_second_tier_with_the_same_name_in_other_case_is_refused() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withText("Add tier")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tier name")), "FREE");
        _click(_find(Button.class, spec -> spec.withText("Add tier")).getLast());

        var name = _get(TextField.class, spec -> spec.withLabel("Tier name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("A tier called Free already exists.");
    }

    @Test
    void a_tier_that_seats_use_cannot_be_retired() {
        openAsAdmin();
        Grids.click(grid(), t -> t.name().equals("Sales Navigator Core"));
        _click(_get(Button.class, spec -> spec.withText("Retire tier")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).matches(
                "Sales Navigator Core can't be retired: \\d+ accounts hold seats on it \\(.+\\)\\. Move them to another"
                        + " tier first\\."));
        assertThat(SystemAuthentication.callAsSystem(() -> tiers.offeredTiers()))
            .anyMatch(t -> t.name().equals("Sales Navigator Core"));
    }

    @Test
    void an_unused_tier_is_retired_and_shown_only_with_retired_tiers() {
        openEditor();
        _click(_get(Button.class, spec -> spec.withText("Retire tier")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications(custom.name() + " retired.");
        assertThat(Grids.items(grid())).noneMatch(t -> t.id() == custom.id());
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Show retired tiers")), true);
        assertThat(Grids.row(grid(), t -> t.id() == custom.id())).last().isEqualTo("Retired");
    }

    @Test
    void a_member_who_opens_the_tiers_address_is_refused() {
        login(DemoAccounts.MEMBER_DANA);
        assertThatThrownBy(() -> navigate("tiers")).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(TiersView.class);
        _assertNone(Grid.class);
    }

    @Test
    void a_manager_who_opens_the_tiers_address_is_refused() {
        login(DemoAccounts.MANAGER_EMEA);
        assertThatThrownBy(() -> navigate("tiers")).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(TiersView.class);
    }

    private void openAsAdmin() {
        login(DemoAccounts.ADMIN);
        navigate("tiers");
        _get(TiersView.class);
    }

    private void openEditor() {
        openAsAdmin();
        Grids.click(grid(), t -> t.id() == custom.id());
    }

    @SuppressWarnings("unchecked")
    private static Grid<TierDetails> grid() {
        return _get(Grid.class);
    }

    private static IntegerField field(String label) {
        return _get(IntegerField.class, spec -> spec.withLabel(label));
    }

    private TierDetails stored() {
        return SystemAuthentication.callAsSystem(() -> tiers.find(custom.id()).orElseThrow());
    }

}
