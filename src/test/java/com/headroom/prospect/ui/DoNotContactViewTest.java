package com.headroom.prospect.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.headroom.Grids;
import com.headroom.KaribuTest;
import com.headroom.SignedInAs;
import com.headroom.TestData;
import com.headroom.prospect.DoNotContactKind;
import com.headroom.prospect.DoNotContactRule;
import com.headroom.prospect.DoNotContactService;
import com.headroom.prospect.ProspectFixtures;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

class DoNotContactViewTest extends KaribuTest {

    @Autowired
    ProspectService prospects;

    @Autowired
    DoNotContactService doNotContact;

    @Autowired
    TestData testData;

    @Autowired
    UserDetailsService users;

    private ProspectFixtures team;

    @BeforeEach
    void aTeamOfItsOwn() {
        team = new ProspectFixtures(testData, prospects, users);
    }

    @Test
    void a_member_blocks_an_e_mail_domain_and_the_matching_prospects_are_marked_at_once() {
        var sam = SignedInAs.call(users, team.bob.email(),
                () -> prospects.add(team.team.id(),
                        new com.headroom.prospect.ProspectDraft("Sam", "Lee", "", "Hooli",
                                "https://www.linkedin.com/in/sam-dnc", "sam@competitor.example",
                                com.headroom.prospect.EmailStatus.FOUND, "", "", null, java.util.Set.of(), "")));
        open(team.alice);
        @SuppressWarnings("unchecked")
        Select<DoNotContactKind> kind = _get(Select.class, spec -> spec.withLabel("Block"));
        _setValue(kind, DoNotContactKind.EMAIL_DOMAIN);
        _setValue(_get(TextField.class, spec -> spec.withLabel("E-mail domain, like acme.com")), "Competitor.example");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Reason")), "A competitor");
        _click(_get(Button.class, spec -> spec.withText("Add to the list")));

        assertThat(notificationTexts()).contains("Added to the do-not-contact list; 1 prospect marked do not contact.");
        assertThat(Grids.row(grid(), r -> true)).startsWith("E-mail domain", "competitor.example", "A competitor",
                "Alice Rep");
        var details = SignedInAs.call(users, team.bob.email(), () -> prospects.details(sam.id()));
        assertThat(details.doNotContact()).isTrue();
        assertThat(details.doNotContactReason()).isEqualTo("E-mail domain competitor.example: A competitor");
    }

    @Test
    void an_entry_without_a_reason_or_with_a_bad_value_is_refused_with_what_to_fix() {
        open(team.alice);
        _setValue(_get(TextField.class, spec -> spec.withLabel("LinkedIn profile address")),
                "https://www.linkedin.com/in/someone");
        _click(_get(Button.class, spec -> spec.withText("Add to the list")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Reason")).getErrorMessage())
            .startsWith("Say why, so that the team knows");

        _setValue(_get(TextField.class, spec -> spec.withLabel("LinkedIn profile address")),
                "https://www.linkedin.com/company/acme");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Reason")), "Asked us to stop");
        _click(_get(Button.class, spec -> spec.withText("Add to the list")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("LinkedIn profile address")).getErrorMessage())
            .startsWith("That is a company page.");
        assertThat(SignedInAs.call(users, team.alice.email(), () -> doNotContact.count(team.team.id()))).isZero();
    }

    @Test
    void a_manager_removes_an_entry_and_the_prospect_can_move_again_but_a_member_cannot_remove() {
        var jane = team.add(team.alice, "Jane", "Doe", "Umbrella", "jane-dnc-remove");
        SignedInAs.run(users, team.alice.email(),
                () -> doNotContact.add(team.team.id(), DoNotContactKind.COMPANY, "Umbrella Corp", "Customer"));
        long entryId = SignedInAs.call(users, team.alice.email(),
                () -> doNotContact.page(team.team.id(), org.springframework.data.domain.PageRequest.of(0, 1))
                    .getContent()
                    .getFirst()
                    .id());
        assertThatThrownBy(() -> SignedInAs.run(users, team.alice.email(), () -> doNotContact.remove(entryId)))
            .isInstanceOf(AccessDeniedException.class);

        open(team.manager);
        _click(_get(Grids.cell(grid(), r -> r.id() == entryId, "remove"), Button.class,
                spec -> spec.withText("Remove")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(Grids.items(grid())).isEmpty();
        var moved = SignedInAs.call(users, team.alice.email(), () -> prospects.changeStage(jane.id(), Stage.ENGAGED));
        assertThat(moved.stage()).isEqualTo(Stage.ENGAGED);
        assertThat(moved.doNotContact()).isFalse();
    }

    private void open(TestData.Person person) {
        login(person.email());
        navigate("do-not-contact");
        _get(DoNotContactView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<DoNotContactRule> grid() {
        return _get(Grid.class);
    }

}
