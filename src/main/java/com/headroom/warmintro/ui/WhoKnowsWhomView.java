package com.headroom.warmintro.ui;

import com.headroom.security.AppRoles;
import com.headroom.team.AccountService;
import com.headroom.team.TeamChoice;
import com.headroom.team.ui.TeamPicker;
import com.headroom.team.TeamService;
import com.headroom.warmintro.WarmIntroService;
import com.headroom.warmintro.WarmPath;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * "Who knows whom": search the team's shared networks by company, name or title. Shows
 * who knows each person and how well; never a connection's e-mail address.
 */
@Route("network/search")
@PageTitle("Who knows whom")
@Menu(order = 19, icon = "vaadin:sitemap", title = "Who knows whom")
@RolesAllowed(AppRoles.MEMBER)
class WhoKnowsWhomView extends Main {

    private final WarmIntroService warmIntros;

    private final ComboBox<TeamChoice> team;

    private final TextField company = new TextField("Company");

    private final TextField name = new TextField("Name starts with");

    private final TextField title = new TextField("Position contains");

    private final Grid<WarmPath> results = new Grid<>();

    WhoKnowsWhomView(WarmIntroService warmIntros, TeamService teams, AccountService accounts) {
        this.warmIntros = warmIntros;
        addClassName("view");
        List<TeamChoice> myTeams = teams.choices();
        team = TeamPicker.create(myTeams, accounts);
        team.setLabel("Team");
        company.setPlaceholder("e.g. Acme");
        name.setPlaceholder("e.g. Sam");
        title.setPlaceholder("e.g. VP Sales");
        for (var field : List.of(company, name, title)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> search());
        }
        team.addValueChangeListener(e -> search());
        var form = new Div(team, company, name, title);
        form.addClassName("toolbar");

        results.addColumn(WarmPath::personName).setHeader("Person").setAutoWidth(true);
        results.addColumn(WarmPath::position).setHeader("Position").setFlexGrow(2);
        results.addColumn(WarmPath::company).setHeader("Company").setAutoWidth(true);
        results.addColumn(p -> p.seniority().label()).setHeader("Seniority").setAutoWidth(true);
        results.addColumn(WarmPath::introducerName).setHeader("Known by").setAutoWidth(true);
        results.addComponentColumn(p -> {
            var score = new Span(Integer.toString(p.score()));
            score.addClassName("strength");
            score.addClassName(p.score() >= 60 ? "strong" : p.score() >= 35 ? "medium" : "weak");
            return score;
        }).setHeader("Strength").setAutoWidth(true);
        results.setItemDetailsRenderer(
                new com.vaadin.flow.data.renderer.ComponentRenderer<>(p -> new Paragraph(p.explanation())));
        results.setEmptyStateText("Type a company, a name or a title to see who in your team knows whom.");
        results.addClassName("who-knows-whom");
        var hint = new Paragraph("Only teammates who share their network are searched. Click a row to see why a"
                + " path is as strong as it is.");
        hint.addClassName("hint");
        add(form, hint, results);
    }

    private void search() {
        if (team.getValue() == null) {
            return;
        }
        long teamId = team.getValue().id();
        boolean typed = !company.getValue().isBlank() || !name.getValue().isBlank() || !title.getValue().isBlank();
        results.setEmptyStateText(typed
                ? "Nobody in your team who shares their network knows anyone like that."
                        + " Try fewer words, the start of a name, or another spelling of the company."
                : "Type a company, a name or a title to see who in your team knows whom.");
        results.setItems(q -> warmIntros
            .search(teamId, company.getValue(), name.getValue(), title.getValue(), q.getOffset(), q.getLimit())
            .stream());
    }

}
