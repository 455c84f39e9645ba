package com.headroom.tier.ui;

import com.headroom.base.AuditEntry;
import com.headroom.base.AuditLog;
import com.headroom.base.TimeZones;
import com.headroom.security.CurrentUser;
import java.time.ZoneId;
import com.headroom.base.InputValidator;
import com.headroom.base.RuleViolation;
import com.headroom.base.ui.FieldErrors;
import com.headroom.base.ui.FormSection;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.security.AppRoles;
import com.headroom.tier.InMailRenewal;
import com.headroom.tier.SecondInMailRule;
import com.headroom.tier.TierDetails;
import com.headroom.tier.TierService;
import com.headroom.tier.TierSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The tier catalogue: every LinkedIn figure Headroom paces against, editable by admins.
 */
@Route("tiers")
@PageTitle("LinkedIn tiers")
@Menu(order = 50, icon = "vaadin:sliders", title = "Tiers")
@RolesAllowed(AppRoles.ADMIN)
class TiersView extends Main {

    private final TierService tierService;

    private final AuditLog auditLog;

    private final ZoneId zone;

    private final InputValidator validator;

    private final Grid<TierDetails> grid = new Grid<>();

    private final Checkbox showRetired = new Checkbox("Show retired tiers");

    TiersView(TierService tierService, AuditLog auditLog, InputValidator validator, TimeZones timeZones,
            CurrentUser currentUser) {
        this.tierService = tierService;
        this.auditLog = auditLog;
        this.zone = timeZones.forAccount(currentUser.require().accountId());
        this.validator = validator;
        addClassNames("view");
        setSizeFull();

        var add = new Button("Add tier", VaadinIcon.PLUS.create(), e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        showRetired.addValueChangeListener(e -> refresh());
        var intro = new Span("The limits LinkedIn enforces on each subscription. Every figure is a default you can"
                + " change; Headroom paces each member by the tier of their seat.");
        intro.addClassName("hint");
        var toolbar = new Div(add, showRetired, intro);
        toolbar.addClassName("toolbar");

        grid.addColumn(t -> t.name()).setHeader("Tier").setSortProperty("name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(t -> t.settings().weeklyInvitationBudget())
            .setHeader("Invitations a week")
            .setSortProperty("weeklyInvitationBudget")
            .setAutoWidth(true);
        grid.addColumn(t -> t.settings().capsPersonalizedNotes() ? t.settings().monthlyPersonalizedNotes() + " a month"
                : "unlimited")
            .setHeader("Personalized notes")
            .setAutoWidth(true);
        grid.addColumn(t -> t.settings().noteCharacterLimit()).setHeader("Note length").setAutoWidth(true);
        grid.addColumn(t -> t.settings().monthlyInMailCredits() + " (max " + t.settings().inMailMaxBalance() + ")")
            .setHeader("InMail a month")
            .setSortProperty("monthlyInMailCredits")
            .setAutoWidth(true);
        grid.addColumn(t -> t.settings().inMailRenewal().label()).setHeader("Credits renew").setAutoWidth(true);
        grid.addColumn(t -> t.retired() ? "Retired" : t.builtIn() ? "Shipped" : "Custom")
            .setHeader("Status")
            .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No tiers to show. Add one with \"Add tier\".");
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        grid.setSizeFull();
        refresh();

        add(toolbar, grid);
    }

    private void refresh() {
        boolean includeRetired = showRetired.getValue();
        grid.setItemsPageable(pageable -> tierService
            .page(includeRetired, pageable.getSort().isSorted() ? pageable : withDefaultSort(pageable))
            .getContent(), pageable -> tierService.count(includeRetired));
    }

    private static Pageable withDefaultSort(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by("weeklyInvitationBudget", "name"));
    }

    private void openEditor(TierDetails existing) {
        new TierEditor(existing).open();
    }

    /**
     * The add/edit dialog. Nothing is stored until every field is valid and Save is
     * pressed.
     */
    private final class TierEditor extends Dialog {

        private final TierDetails existing;

        private final BeanValidationBinder<TierSettings> binder = new BeanValidationBinder<>(TierSettings.class);

        private final TextField name = new TextField("Tier name");

        private final IntegerField weeklyInvitationBudget = new IntegerField("Invitations a week");

        private final IntegerField monthlyPersonalizedNotes = new IntegerField("Personalized notes a month");

        private final IntegerField noteCharacterLimit = new IntegerField("Note length (characters)");

        private final IntegerField monthlyInMailCredits = new IntegerField("InMail credits a month");

        private final IntegerField inMailMaxBalance = new IntegerField("Most InMail credits held at once");

        private final Select<InMailRenewal> inMailRenewal = new Select<>();

        private final Select<SecondInMailRule> secondInMailRule = new Select<>();

        private final IntegerField dailyMessageLimit = new IntegerField("Messages a day");

        private final IntegerField messageCharacterLimit = new IntegerField("Message length (characters)");

        private final IntegerField inMailSubjectLimit = new IntegerField("InMail subject length");

        private final IntegerField inMailBodyLimit = new IntegerField("InMail body length");

        private final TextArea sourceNote = new TextArea("Where these figures come from");

        TierEditor(TierDetails existing) {
            this.existing = existing;
            setHeaderTitle(existing == null ? "Add a tier" : existing.name());
            setWidth("min(56rem, 95vw)");

            name.setRequiredIndicatorVisible(true);
            monthlyPersonalizedNotes.setHelperText("Leave empty if the tier has no monthly cap");
            inMailRenewal.setLabel("Credits renew");
            inMailRenewal.setItems(InMailRenewal.values());
            inMailRenewal.setItemLabelGenerator(InMailRenewal::label);
            secondInMailRule.setLabel("A second InMail before a reply");
            secondInMailRule.setItems(SecondInMailRule.values());
            secondInMailRule.setItemLabelGenerator(SecondInMailRule::label);
            sourceNote.setMaxLength(2000);
            sourceNote.setHelperText("Reps on this tier read it under My limits; say which figures LinkedIn publishes"
                    + " and where sources differ");

            binder.forField(name).bind("name");
            binder.forField(weeklyInvitationBudget).bind("weeklyInvitationBudget");
            binder.forField(monthlyPersonalizedNotes).bind("monthlyPersonalizedNotes");
            binder.forField(noteCharacterLimit).bind("noteCharacterLimit");
            binder.forField(monthlyInMailCredits).bind("monthlyInMailCredits");
            binder.forField(inMailMaxBalance).bind("inMailMaxBalance");
            binder.forField(inMailRenewal).bind("inMailRenewal");
            binder.forField(secondInMailRule).bind("secondInMailRule");
            binder.forField(dailyMessageLimit).bind("dailyMessageLimit");
            binder.forField(messageCharacterLimit).bind("messageCharacterLimit");
            binder.forField(inMailSubjectLimit).bind("inMailSubjectLimit");
            binder.forField(inMailBodyLimit).bind("inMailBodyLimit");
            binder.forField(sourceNote).bind("sourceNote");
            binder.readRecord(existing == null ? TierSettings.blank() : existing.settings());

            var form = new FormLayout();
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
            form.add(name, 2);
            form.add(FormSection.titled("Invitations"), 2);
            form.add(weeklyInvitationBudget, monthlyPersonalizedNotes, noteCharacterLimit);
            form.add(FormSection.titled("InMail"), 2);
            form.add(monthlyInMailCredits, inMailMaxBalance, inMailRenewal, secondInMailRule, inMailSubjectLimit,
                    inMailBodyLimit);
            form.add(FormSection.titled("Messages"), 2);
            form.add(dailyMessageLimit, messageCharacterLimit);
            form.add(sourceNote, 2);
            add(form);
            if (existing != null) {
                add(history(existing.id()));
            }

            var save = new Button(existing == null ? "Add tier" : "Save", e -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            var cancel = new Button("Cancel", e -> close());
            getFooter().add(cancel);
            if (existing != null && !existing.retired()) {
                var retire = new Button("Retire tier", e -> confirmRetire());
                retire.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
                getFooter().add(retire);
            }
            if (existing != null && existing.retired()) {
                getFooter().add(new Button("Bring back", e -> restore()));
            }
            getFooter().add(save);
        }

        private void save() {
            TierSettings settings;
            try {
                settings = binder.writeRecord();
            }
            catch (ValidationException e) {
                return; // the fields show what to fix
            }
            if (FieldErrors.showAll(validator.problems(settings), fields())) {
                return; // a rule across fields, like the maximum balance below the
                        // monthly grant
            }
            try {
                if (existing == null) {
                    tierService.create(settings);
                    Notifications.success(settings.name().strip() + " added.");
                }
                else {
                    tierService.update(existing.id(), existing.version(), settings);
                    Notifications.success(settings.name().strip() + " saved.");
                }
                close();
                grid.getDataProvider().refreshAll();
            }
            catch (RuleViolation violation) {
                FieldErrors.show(violation, fields());
            }
            catch (ObjectOptimisticLockingFailureException conflict) {
                Notifications.error("Someone else saved this tier at the same moment. Nothing of yours was saved;"
                        + " reopen it to see their changes.");
            }
        }

        private void confirmRetire() {
            var confirm = new ConfirmDialog("Retire " + existing.name() + "?",
                    "It will no longer be offered for new seats. Its figures and history stay.", "Retire",
                    e -> retire(), "Cancel", e -> {
                    });
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        }

        private void retire() {
            try {
                tierService.retire(existing.id());
                Notifications.success(existing.name() + " retired.");
                close();
                grid.getDataProvider().refreshAll();
            }
            catch (RuleViolation violation) {
                Notifications.error(violation.getMessage());
            }
        }

        private void restore() {
            try {
                tierService.restore(existing.id());
                Notifications.success(existing.name() + " is offered again.");
                close();
                grid.getDataProvider().refreshAll();
            }
            catch (RuleViolation violation) {
                Notifications.error(violation.getMessage());
            }
        }

        /**
         * Fields by property come from the binder; the rules that span fields name the
         * field to mark.
         */
        private FieldErrors.Fields fields() {
            return FieldErrors.fieldsOf(binder, Map.of("maxBalanceAtLeastMonthlyGrant", "inMailMaxBalance",
                    "renewalSetWhenCreditsGranted", "inMailRenewal"));
        }

        private Div history(long tierId) {
            List<AuditEntry> entries = auditLog.historyOf(TierService.AUDIT_SUBJECT, tierId);
            var box = new Div(new H3("Changes"));
            box.addClassName("tier-history");
            if (entries.isEmpty()) {
                box.add(new Paragraph("No changes since Headroom shipped these figures."));
                return box;
            }
            var list = new UnorderedList();
            list.addClassName("figure-list");
            entries.reversed()
                .stream()
                .limit(20)
                .forEach(entry -> list.add(new ListItem(
                        Formats.dayTime(entry.occurredAt(), zone) + " · " + entry.actor() + ": " + describe(entry))));
            box.add(list);
            return box;
        }

        private static String describe(AuditEntry entry) {
            if (entry.field() == null) {
                return entry.action();
            }
            String from = entry.oldValue() == null ? "—" : entry.oldValue();
            String to = entry.newValue() == null ? "—" : entry.newValue();
            return entry.field() + " " + from + " → " + to;
        }

    }

}
