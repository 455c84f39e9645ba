package com.headroom.base.ui;

import com.headroom.base.AuditEntry;
import com.headroom.base.AuditLog;
import com.headroom.base.TimeZones;
import com.headroom.security.CurrentUser;
import com.headroom.security.AppRoles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Every change to tiers, teams, policies and accounts: who, when, and each field's old and new value. */
@Route("audit")
@PageTitle("Audit log")
@Menu(order = 90, icon = "vaadin:records", title = "Audit log")
@RolesAllowed(AppRoles.ADMIN)
class AuditLogView extends Main {

    private static final String EVERYTHING = "Everything";

    AuditLogView(AuditLog auditLog, TimeZones timeZones, CurrentUser currentUser) {
        addClassName("view");
        setSizeFull();
        var zone = timeZones.forAccount(currentUser.require().accountId());

        var subject = new Select<String>();
        subject.setItems(EVERYTHING, "Tier", "Team", "Team policy", "Account", "Limit override",
                "Logged past a limit", "Content review", "Company names", "Personal data");
        subject.setValue(EVERYTHING);
        subject.setAriaLabel("Show changes to");
        var hint = new Span("Newest first. Times are in " + zone.getId() + " time.");
        hint.addClassName("hint");
        var toolbar = new Div(subject, hint);
        toolbar.addClassName("toolbar");

        var grid = new Grid<AuditEntry>();
        grid.addColumn(e -> Formats.dayTime(e.occurredAt(), zone)).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(e -> e.subjectType() + (e.subjectLabel() == null ? "" : ": " + e.subjectLabel()))
                .setHeader("What").setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader("Change").setAutoWidth(true);
        grid.addColumn(e -> e.field() == null ? "" : e.field()).setHeader("Field").setAutoWidth(true);
        grid.addColumn(e -> e.oldValue() == null ? "" : e.oldValue()).setHeader("Before").setFlexGrow(1)
                .setTooltipGenerator(e -> e.oldValue() == null ? "" : e.oldValue());
        grid.addColumn(e -> e.newValue() == null ? "" : e.newValue()).setHeader("After").setFlexGrow(1)
                .setTooltipGenerator(e -> e.newValue() == null ? "" : e.newValue());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("No changes recorded yet.");
        grid.setSizeFull();

        Runnable refresh = () -> {
            String type = EVERYTHING.equals(subject.getValue()) ? null : subject.getValue();
            grid.setItemsPageable(pageable -> auditLog.page(type, PageRequest.of(pageable.getPageNumber(),
                    pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id"))).getContent(),
                    pageable -> auditLog.count(type));
        };
        subject.addValueChangeListener(e -> refresh.run());
        refresh.run();
        add(toolbar, grid);
    }
}
