package com.headroom.email.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.email.CompanyDomain;
import com.headroom.email.CompanyDomains;
import com.headroom.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;

/**
 * Admins correct the mail domains Headroom learns per company: add one it cannot see yet
 * (a new domain, a second brand), or mark a learned one as not the company's.
 */
@Route("company-domains")
@PageTitle("Company e-mail domains")
@Menu(order = 62, icon = "vaadin:envelopes-o", title = "Company e-mail domains")
@RolesAllowed(AppRoles.ADMIN)
class CompanyDomainsView extends Main {

    static final String ADD = "Add: the company uses it";

    static final String EXCLUDE = "Not the company's domain";

    private final CompanyDomains domains;

    private final TextField company = new TextField("Company");

    private final TextField domain = new TextField("Mail domain");

    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>();

    private final Grid<CompanyDomain> grid = new Grid<>();

    CompanyDomainsView(CompanyDomains domains) {
        this.domains = domains;
        addClassName("view");
        var how = new Paragraph("Headroom learns each company's mail domains from the addresses your teams hold"
                + " (personal mailboxes like gmail.com never count). Add a domain it cannot see yet, or say that a"
                + " learned one is not the company's, for example a reseller's.");
        how.addClassName("hint");
        company.setPlaceholder("e.g. Acme Corporation");
        domain.setPlaceholder("e.g. acme.com");
        kind.setItems(ADD, EXCLUDE);
        kind.setValue(ADD);
        var save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(company, domain, kind, save);
        form.addClassName("toolbar");

        grid.addColumn(CompanyDomain::company).setHeader("Company").setFlexGrow(1);
        grid.addColumn(CompanyDomain::domain).setHeader("Domain").setAutoWidth(true);
        grid.addColumn(d -> d.excluded() ? "Not the company's" : "Added").setHeader("Correction").setAutoWidth(true);
        grid.addColumn(d -> d.changedBy() + ", " + Formats.day(d.changedAt(), ZoneOffset.UTC))
            .setHeader("By, on (UTC)")
            .setAutoWidth(true);
        grid.addComponentColumn(d -> new Button("Remove", e -> {
            domains.remove(d);
            Notifications.success("Removed: " + d.domain() + " is learned from addresses again.");
            grid.getDataProvider().refreshAll();
        })).setAutoWidth(true);
        grid.setItems(q -> domains.corrections(q.getOffset(), q.getLimit()).stream(), q -> domains.countCorrections());
        grid.setEmptyStateText("No corrections yet: every company's domains come from the addresses your teams hold.");
        grid.setAllRowsVisible(true);
        add(new H2("Company e-mail domains"), how, form, grid);
    }

    private void save() {
        company.setInvalid(false);
        domain.setInvalid(false);
        try {
            domains.correct(company.getValue(), domain.getValue(), EXCLUDE.equals(kind.getValue()));
            Notifications.success("Saved: " + domain.getValue().strip() + " for " + company.getValue().strip() + ".");
            domain.clear();
            grid.getDataProvider().refreshAll();
        }
        catch (RuleViolation violation) {
            var field = violation.field().filter("domain"::equals).isPresent() ? domain : company;
            field.setErrorMessage(violation.getMessage());
            field.setInvalid(true);
        }
    }

}
