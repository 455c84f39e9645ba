package com.headroom.warmintro.ui;

import com.headroom.base.ui.FormSection;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.security.AppRoles;
import com.headroom.warmintro.CompanyAlias;
import com.headroom.warmintro.CompanyService;
import com.headroom.warmintro.CompanySpelling;
import com.headroom.warmintro.CompanySplit;
import com.headroom.warmintro.SuggestedAlias;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * How company names meet for warm introductions: check which spellings meet, join two
 * names of one company (or accept a suggested pair of initials and name), or take a
 * spelling out of a wrong merge.
 */
@Route("companies")
@PageTitle("Company names")
@Menu(order = 60, icon = "vaadin:building", title = "Company names")
@RolesAllowed(AppRoles.ADMIN)
class CompaniesView extends Main {

    private final CompanyService companies;

    private final TextField check = new TextField("Which spellings meet under");

    private final Grid<CompanySpelling> spellings = new Grid<>();

    private final TextField alias = new TextField("Other name");

    private final TextField company = new TextField("Same company as");

    private final Grid<CompanyAlias> aliases = new Grid<>();

    private final Grid<SuggestedAlias> suggested = new Grid<>();

    private final TextField spelling = new TextField("Spelling that is a company of its own");

    private final Grid<CompanySplit> splits = new Grid<>();

    CompaniesView(CompanyService companies) {
        this.companies = companies;
        addClassName("view");
        var rule = new Paragraph("Names meet when they are the same after ignoring case, accents, punctuation,"
                + " \"&\" versus \"and\", a leading \"The\" and legal forms at the end, short or long (Inc, LLC, Ltd,"
                + " GmbH, AG and Aktiengesellschaft, SA, BV, Corp, Co, plc, …), and German spelled with or without"
                + " umlauts: \"ACME, Inc.\" and \"Acme Corporation\" meet, so do \"Müller AG\", \"Mueller AG\" and"
                + " \"Muller Aktiengesellschaft\".");
        rule.addClassName("hint");

        check.setPlaceholder("e.g. Acme");
        check.setValueChangeMode(ValueChangeMode.LAZY);
        check.setClearButtonVisible(true);
        check.addValueChangeListener(e -> spellings.setItems(companies.spellings(e.getValue())));
        spellings.addColumn(CompanySpelling::name).setHeader("Spelling in connections").setFlexGrow(1);
        spellings.addColumn(s -> Formats.number(s.connections())).setHeader("Connections").setAutoWidth(true);
        spellings
            .addComponentColumn(s -> new Button("Split off",
                    e -> act(() -> companies.split(s.name()), "\"" + s.name() + "\" is now a company of its own.")))
            .setAutoWidth(true);
        spellings.setAllRowsVisible(true);
        spellings.setEmptyStateText("Type a company name to see the spellings that meet under it.");

        var addAlias = new Button("Add", e -> act(() -> companies.addAlias(alias.getValue(), company.getValue()),
                "\"" + alias.getValue() + "\" now meets \"" + company.getValue() + "\"."));
        addAlias.addThemeVariants(ButtonVariant.PRIMARY);
        alias.setPlaceholder("e.g. P&G");
        company.setPlaceholder("e.g. Procter & Gamble");
        var aliasForm = new Div(alias, company, addAlias);
        aliasForm.addClassName("toolbar");
        aliases.addColumn(CompanyAlias::alias).setHeader("Other name").setAutoWidth(true);
        aliases.addColumn(CompanyAlias::company).setHeader("Same company as").setFlexGrow(1);
        aliases
            .addComponentColumn(a -> new Button("Remove", e -> act(() -> companies.removeAlias(a.alias()), "Removed.")))
            .setAutoWidth(true);
        aliases.setAllRowsVisible(true);
        aliases.setEmptyStateText("No aliases yet.");

        suggested.addColumn(SuggestedAlias::alias).setHeader("Initials").setAutoWidth(true);
        suggested.addColumn(SuggestedAlias::company).setHeader("Same company as?").setFlexGrow(1);
        suggested.addColumn(s -> Formats.number(s.aliasPeople()) + " and " + Formats.number(s.companyPeople()))
            .setHeader("People under each")
            .setAutoWidth(true);
        suggested
            .addComponentColumn(s -> new Button("Accept",
                    e -> act(() -> companies.addAlias(s.alias(), s.company()),
                            "\"" + s.alias() + "\" now meets \"" + s.company() + "\".")))
            .setKey("accept")
            .setAutoWidth(true);
        suggested.setAllRowsVisible(true);
        suggested
            .setEmptyStateText("No initials in capitals match a company's name in your connections or" + " prospects.");
        suggested.addClassName("suggested-aliases");
        var suggestedHint = new Paragraph("Short names in capitals that are the initials of a company you also hold,"
                + " in connections or prospects; the 20 with the most people on both sides. Accept one to make it an"
                + " alias.");
        suggestedHint.addClassName("hint");

        var addSplit = new Button("Split off", e -> act(() -> companies.split(spelling.getValue()),
                "\"" + spelling.getValue() + "\" is now a company of its own."));
        var splitForm = new Div(spelling, addSplit);
        splitForm.addClassName("toolbar");
        splits.addColumn(CompanySplit::name).setHeader("Company of its own").setFlexGrow(1);
        splits
            .addComponentColumn(
                    s -> new Button("Merge back", e -> act(() -> companies.removeSplit(s.name()), "Merged back.")))
            .setAutoWidth(true);
        splits.setAllRowsVisible(true);
        splits.setEmptyStateText("No spellings split off.");

        add(rule, FormSection.titled("Check a company"), check, spellings,
                FormSection.titled("Aliases: two names of one company"), aliasForm, aliases,
                FormSection.titled("Suggested aliases: initials of a company's name"), suggestedHint, suggested,
                FormSection.titled("Splits: a spelling that is not the company it meets"), splitForm, splits);
        refresh();
    }

    private void act(Runnable action, String done) {
        Notifications.attempt(action, done);
        refresh();
    }

    private void refresh() {
        aliases.setItems(companies.aliases());
        suggested.setItems(companies.suggestedAliases());
        splits.setItems(companies.splits());
        spellings.setItems(companies.spellings(check.getValue()));
    }

}
