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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Every change to tiers, teams, policies and accounts, every sign-in try and sign-out,
 * and every export: who, when, from where, and each field's old and new value. Filtered
 * by kind and by account, and paged from the database.
 */
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

        // Every kind the log holds, read from it: a new kind of line never needs this
        // list changed.
        var kinds = new ArrayList<String>();
        kinds.add(EVERYTHING);
        kinds.addAll(auditLog.kinds());
        var subject = new Select<String>();
        subject.setItems(kinds);
        subject.setValue(EVERYTHING);
        subject.setAriaLabel("Show changes to");
        var account = new TextField();
        account.setPlaceholder("Account (e-mail)");
        account.setAriaLabel("Account");
        account.setClearButtonVisible(true);
        account.setValueChangeMode(ValueChangeMode.LAZY);
        var hint = new Span("Newest first. Times are in " + zone.getId() + " time.");
        hint.addClassName("hint");
        var toolbar = new Div(subject, account, hint);
        toolbar.addClassName("toolbar");

        var grid = new Grid<AuditEntry>();
        grid.addColumn(e -> Formats.dayTime(e.occurredAt(), zone)).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(e -> e.subjectType() + (e.subjectLabel() == null ? "" : ": " + e.subjectLabel()))
            .setHeader("What")
            .setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader("Change").setAutoWidth(true);
        grid.addColumn(e -> e.field() == null ? "" : e.field()).setHeader("Field").setAutoWidth(true);
        grid.addColumn(e -> e.oldValue() == null ? "" : e.oldValue())
            .setHeader("Before")
            .setFlexGrow(1)
            .setTooltipGenerator(e -> e.oldValue() == null ? "" : e.oldValue());
        grid.addColumn(e -> e.newValue() == null ? "" : e.newValue())
            .setHeader("After")
            .setFlexGrow(1)
            .setTooltipGenerator(e -> e.newValue() == null ? "" : e.newValue());
        grid.addColumn(e -> e.clientAddress() == null ? "" : e.clientAddress()).setHeader("From").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("Nothing recorded here yet.");
        grid.setSizeFull();

        Runnable refresh = () -> {
            String type = EVERYTHING.equals(subject.getValue()) ? null : subject.getValue();
            String who = account.getValue().isBlank() ? null : account.getValue();
            grid.setItemsPageable(
                    pageable -> auditLog.page(type, who,
                            PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                                    Sort.by(Sort.Direction.DESC, "id")))
                        .getContent(),
                    pageable -> auditLog.count(type, who));
        };
        subject.addValueChangeListener(e -> refresh.run());
        account.addValueChangeListener(e -> refresh.run());
        refresh.run();
        add(toolbar, grid);
    }

}
