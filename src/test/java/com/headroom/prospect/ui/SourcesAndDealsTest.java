package com.headroom.prospect.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.Grids;
import com.headroom.KaribuTest;
import com.headroom.SignedInAs;
import com.headroom.TestData;
import com.headroom.prospect.DealValue;
import com.headroom.prospect.ProspectFilter;
import com.headroom.prospect.ProspectFixtures;
import com.headroom.prospect.ProspectOrigin;
import com.headroom.prospect.ProspectRow;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.ProspectSource;
import com.headroom.prospect.Stage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Where a rep meets sources and deal values: the prospect form and the list. */
class SourcesAndDealsTest extends KaribuTest {

    @Autowired
    ProspectService prospects;

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
    void a_rep_adds_someone_met_at_an_event_with_its_name_and_day() {
        open(team.alice);
        _click(_get(Button.class, spec -> spec.withText("Add prospect")));
        _setValue(field("First name"), "Greta");
        _setValue(field("LinkedIn profile"), "https://www.linkedin.com/in/greta-event-" + TestData.key());
        _setValue(source(), ProspectSource.EVENT);
        _setValue(field("Name of the event"), "SaaStr Europa");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Day of the event")), LocalDate.of(2026, 12, 10));
        _click(_find(Button.class, spec -> spec.withText("Add prospect")).getLast());

        assertThat(notificationTexts()).contains("Greta added.");
        var row = Grids.items(grid()).stream().filter(r -> r.firstName().equals("Greta")).findFirst().orElseThrow();
        var stored = SignedInAs.call(users, team.alice.email(), () -> prospects.details(row.id()));
        assertThat(stored.origin())
            .isEqualTo(new ProspectOrigin(ProspectSource.EVENT, "SaaStr Europa", LocalDate.of(2026, 12, 10)));
        Grids.click(grid(), r -> r.id() == row.id());
        _get(Paragraph.class, spec -> spec
            .withPredicate(p -> p.getText().endsWith("(met at Event: SaaStr Europa, Thu 10 Dec 2026)")));
    }

    @Test
    void an_event_without_a_name_is_refused_on_the_name_field_and_nothing_is_stored() {
        open(team.alice);
        _click(_get(Button.class, spec -> spec.withText("Add prospect")));
        _setValue(field("First name"), "Nameless");
        _setValue(field("LinkedIn profile"), "https://www.linkedin.com/in/nameless-" + TestData.key());
        _setValue(source(), ProspectSource.WEBINAR);
        _click(_find(Button.class, spec -> spec.withText("Add prospect")).getLast());

        var name = field("Name of the webinar");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter the name of the webinar.");
        assertThat(
                SignedInAs.call(users, team.alice.email(), () -> prospects.count(ProspectFilter.team(team.team.id()))))
            .isZero();
    }

    @Test
    void the_deal_fields_wait_for_the_opportunity_stage() {
        var jane = team.add(team.alice, "Jane", "Early", "Acme", "jane-early-" + TestData.key());
        open(team.alice);
        Grids.click(grid(), r -> r.id() == jane.id());

        _assertNone(BigDecimalField.class, spec -> spec.withLabel("Opportunity value"));
        @SuppressWarnings("unchecked")
        Select<Stage> stage = _get(Select.class, spec -> spec.withLabel("Stage"));
        _setValue(stage, Stage.OPPORTUNITY);
        _get(BigDecimalField.class, spec -> spec.withLabel("Opportunity value"));
    }

    @Test
    void a_negative_value_is_refused_naming_the_field_and_a_good_one_is_kept_in_the_teams_currency() {
        var jane = team.add(team.alice, "Jane", "Deal", "Acme", "jane-deal-" + TestData.key());
        SignedInAs.run(users, team.alice.email(), () -> prospects.changeStage(jane.id(), Stage.OPPORTUNITY));
        open(team.alice);
        Grids.click(grid(), r -> r.id() == jane.id());
        @SuppressWarnings("unchecked")
        ComboBox<String> currency = _get(ComboBox.class, spec -> spec.withLabel("Currency"));
        assertThat(currency.getValue()).as("the team's default").isEqualTo("EUR");

        var value = _get(BigDecimalField.class, spec -> spec.withLabel("Opportunity value"));
        _setValue(value, new BigDecimal("-5"));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("Enter the opportunity value above 0, or leave it empty.");

        _setValue(value, new BigDecimal("25000"));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(notificationTexts()).contains("Jane Deal saved.");
        var stored = SignedInAs.call(users, team.alice.email(), () -> prospects.details(jane.id())).deal();
        assertThat(stored).isEqualTo(new DealValue(new BigDecimal("25000.00"), "EUR", null));
        _get(Span.class, spec -> spec.withText("Worth now: Opportunity €25,000 in 1 opportunity"));
    }

    private void open(TestData.Person person) {
        login(person.email());
        navigate("prospects");
        _get(ProspectsView.class);
    }

    @SuppressWarnings("unchecked")
    private static Select<ProspectSource> source() {
        return _get(Select.class, spec -> spec.withLabel("Where you met them"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProspectRow> grid() {
        return _get(Grid.class);
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

}
