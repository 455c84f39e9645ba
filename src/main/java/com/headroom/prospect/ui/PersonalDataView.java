package com.headroom.prospect.ui;

import com.headroom.security.CurrentUser;
import com.headroom.base.TimeZones;
import com.headroom.base.RuleViolation;
import com.headroom.base.ui.Downloads;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.prospect.PersonalDataService;
import com.headroom.prospect.PersonalDataService.PersonRecord;
import com.headroom.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A person's data requests: find them in every team, export what is held, erase it. */
@Route("personal-data")
@PageTitle("Personal data requests")
@Menu(order = 80, icon = "vaadin:eraser", title = "Personal data")
@RolesAllowed(AppRoles.ADMIN)
class PersonalDataView extends Main {

    private final PersonalDataService service;

    private final TextField query = new TextField("LinkedIn profile or e-mail of the person");

    private final Grid<PersonRecord> grid = new Grid<>();

    private final Div actions = new Div();

    private final Paragraph outcome = new Paragraph();

    private String searched;

    PersonalDataView(PersonalDataService service, TimeZones timeZones, CurrentUser currentUser) {
        this.service = service;
        var zone = timeZones.forAccount(currentUser.require().accountId());
        addClassName("view");
        query.setWidth("32rem");
        query.setPlaceholder("https://www.linkedin.com/in/… or name@company.com");
        var find = new Button("Find", e -> find());
        find.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(query, find);
        form.addClassName("toolbar");

        grid.addColumn(PersonRecord::teamName).setHeader("Team").setAutoWidth(true);
        grid.addColumn(PersonRecord::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(r -> r.company() == null ? "" : r.company()).setHeader("Company").setAutoWidth(true);
        grid.addColumn(PersonRecord::profileUrl).setHeader("LinkedIn profile").setFlexGrow(1);
        grid.addColumn(r -> r.email() == null ? "" : r.email()).setHeader("E-mail").setAutoWidth(true);
        grid.addColumn(r -> Formats.day(r.createdAt(), zone)).setHeader("Added").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setVisible(false);
        actions.addClassName("toolbar");

        var hint = new Paragraph("When someone asks what Headroom holds about them, or asks to be forgotten: find"
                + " them by their profile address or e-mail, export everything (JSON or CSV), or erase it from every"
                + " team. After an erasure only a keyed hash remains, so that no import or teammate can add them"
                + " again.");
        hint.addClassName("hint");
        add(hint, form, outcome, grid, actions);
    }

    private void find() {
        actions.removeAll();
        outcome.setText("");
        try {
            var result = service.find(query.getValue());
            List<PersonRecord> found = result.records();
            Map<String, Integer> elsewhere = result.heldElsewhere();
            searched = query.getValue();
            grid.setItems(found);
            grid.setVisible(!found.isEmpty());
            String alsoHeld = elsewhere.entrySet()
                .stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
            if (found.isEmpty() && elsewhere.isEmpty()) {
                outcome.setText("Headroom holds nothing about this person: no prospect record, and nobody's"
                        + " imported connections name them.");
                return;
            }
            outcome.setText((found.isEmpty() ? "No prospect record."
                    : found.size() == 1 ? "1 prospect record found." : found.size() + " prospect records found.")
                    + (alsoHeld.isEmpty() ? "" : " Also held: " + alsoHeld + "."));
            actions.add(download("Export everything (JSON)", "personal-data.json", "application/json", true),
                    download("Export everything (CSV)", "personal-data.csv", "text/csv", false));
            var erase = new Button("Erase this person", e -> confirmErase(found.size(), alsoHeld));
            erase.addThemeVariants(ButtonVariant.ERROR);
            actions.add(erase);
        }
        catch (RuleViolation invalid) {
            query.setErrorMessage(invalid.getMessage());
            query.setInvalid(true);
        }
    }

    private Anchor download(String label, String fileName, String type, boolean asJson) {
        String forWhom = searched;
        return Downloads.button(label, Downloads.text(() -> fileName, type, out -> {
            if (asJson) {
                service.exportJson(forWhom, out);
            }
            else {
                service.exportCsv(forWhom, out);
            }
        }));
    }

    private void confirmErase(int records, String alsoHeld) {
        var confirm = new ConfirmDialog("Erase this person?",
                "This deletes " + records + (records == 1 ? " prospect record" : " prospect records")
                        + " with their notes and history, in" + " every team"
                        + (alsoHeld.isEmpty() ? "" : ", and what else Headroom holds (" + alsoHeld + ")")
                        + ". It can't be undone, and nobody can add them again.",
                "Erase", e -> erase(), "Cancel", e -> {
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void erase() {
        var result = service.erase(searched);
        grid.setItems(List.of());
        grid.setVisible(false);
        actions.removeAll();
        List<String> parts = new java.util.ArrayList<>();
        if (result.records() > 0) {
            parts.add(result.records() + (result.records() == 1 ? " prospect record" : " prospect records") + " in "
                    + result.teams() + (result.teams() == 1 ? " team" : " teams"));
        }
        if (result.doNotContactEntries() > 0) {
            parts.add(result.doNotContactEntries()
                    + (result.doNotContactEntries() == 1 ? " do-not-contact entry" : " do-not-contact entries"));
        }
        result.alsoDeleted().forEach((kind, deleted) -> {
            if (deleted > 0) {
                parts.add(kind + ": " + deleted);
            }
        });
        outcome.setText(
                (parts.isEmpty() ? "Nothing was stored about this person." : "Erased " + String.join(", ", parts) + ".")
                        + " Headroom will refuse to store this person again.");
        Notifications.success("The person was erased.");
    }

}
