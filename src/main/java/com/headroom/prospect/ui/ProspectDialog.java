package com.headroom.prospect.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.FieldErrors;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.FormSection;
import com.headroom.base.ui.Notifications;
import com.headroom.prospect.DuplicateProspect;
import com.headroom.prospect.ProspectDetailSection;
import com.headroom.prospect.EmailStatus;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectDraft;
import com.headroom.prospect.PipelineValue;
import com.headroom.prospect.ProspectOrigin;
import com.headroom.prospect.ProspectOwnership;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.headroom.security.Role;
import com.headroom.team.Teammate;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Comparator;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * One prospect: adding a new one, or the detail of an existing one with its stage, owner,
 * notes and history. Fields are read-only for teammates who neither own the prospect nor
 * manage the team; everyone may write the team notes.
 *
 * <p>
 * About 400 lines on purpose: the form and its pipeline controls read one prospect
 * together; the source and deal fields and the history list live in classes of their own.
 */
class ProspectDialog extends Dialog {

    private static final String SAVED_MEANWHILE = "A teammate changed this prospect at the same moment. Nothing of"
            + " yours was saved; close and reopen it to see their change.";

    private final ProspectService prospects;

    private final ProspectOwnership owners;

    private final long teamId;

    private final Map<Long, Teammate> teammates;

    private final Runnable afterChange;

    private final LongConsumer openOther;

    private ProspectDetails details;

    private final BeanValidationBinder<ProspectDraft> binder = new BeanValidationBinder<>(ProspectDraft.class);

    private final TextField firstName = new TextField("First name");

    private final TextField lastName = new TextField("Last name");

    private final TextField headline = new TextField("Headline or position");

    private final TextField company = new TextField("Company");

    private final TextField profileUrl = new TextField("LinkedIn profile");

    private final TextField email = new TextField("E-mail");

    private final Select<EmailStatus> emailStatus = new Select<>();

    private final TextField location = new TextField("Location");

    private final TextField industry = new TextField("Industry");

    private final Select<Integer> icpFit = new Select<>();

    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");

    private final TextArea sharedNotes = new TextArea("Team notes");

    private final TextArea privateNote = new TextArea("Private notes (only you see these)");

    private final Div duplicateBox = new Div();

    private final Div summaryBox = new Div();

    private final Select<Stage> stageSelect = new Select<>();

    private final SourceFields origin = new SourceFields();

    private final DealFields deal = new DealFields();

    private final List<ProspectDetailSection> sections;

    private final ZoneId zone;

    /**
     * @param zone the team's time zone, in which the record's history reads
     */
    ProspectDialog(ProspectService prospects, ProspectOwnership owners, long teamId, ZoneId zone,
            ProspectDetails details, Map<Long, Teammate> teammates, Runnable afterChange, LongConsumer openOther,
            List<ProspectDetailSection> sections) {
        this.zone = zone;
        this.sections = sections;
        this.prospects = prospects;
        this.owners = owners;
        this.teamId = teamId;
        this.details = details;
        this.teammates = teammates;
        this.afterChange = afterChange;
        this.openOther = openOther;
        setWidth("min(60rem, 96vw)");
        build();
        // As soon as an address is pasted or typed (a short pause after the last key),
        // not only on save.
        if (details == null) {
            profileUrl.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
            profileUrl.setValueChangeTimeout(400);
        }
        profileUrl.addValueChangeListener(e -> checkForDuplicate(e.getValue()));
    }

    private void build() {
        removeAll();
        getFooter().removeAll();
        boolean adding = details == null;
        setHeaderTitle(adding ? "Add a prospect" : details.draft().fullName());

        firstName.setRequiredIndicatorVisible(true);
        profileUrl.setRequiredIndicatorVisible(true);
        profileUrl.setPlaceholder("https://www.linkedin.com/in/…");
        profileUrl.setHelperText(adding ? "Any form LinkedIn shows; Headroom keeps one record per person" : null);
        emailStatus.setLabel("E-mail status");
        emailStatus.setItems(EmailStatus.values());
        emailStatus.setItemLabelGenerator(EmailStatus::label);
        icpFit.setLabel("Fit with your ideal customer");
        icpFit.setEmptySelectionAllowed(true);
        icpFit.setEmptySelectionCaption("Not rated");
        icpFit.setItems(1, 2, 3, 4, 5);
        icpFit.setItemLabelGenerator(fit -> fit == null ? "Not rated" : fit + " of 5");
        tags.setAllowCustomValue(true);
        var knownTags = new TreeSet<>(prospects.tags(teamId));
        tags.setItems(knownTags);
        tags.addCustomValueSetListener(e -> {
            String tag = e.getDetail().strip().toLowerCase(java.util.Locale.ROOT);
            if (!tag.isEmpty()) {
                knownTags.add(tag);
                var selected = new LinkedHashSet<>(tags.getValue());
                selected.add(tag);
                tags.setItems(knownTags);
                tags.setValue(selected);
            }
        });
        sharedNotes.setMaxLength(4000);
        privateNote.setMaxLength(4000);

        binder.forField(firstName).bind("firstName");
        binder.forField(lastName).bind("lastName");
        binder.forField(headline).bind("headline");
        binder.forField(company).bind("company");
        binder.forField(profileUrl).bind("profileUrl");
        binder.forField(email).bind("email");
        binder.forField(emailStatus).bind("emailStatus");
        binder.forField(location).bind("location");
        binder.forField(industry).bind("industry");
        binder.forField(icpFit).bind("icpFit");
        binder.forField(tags).bind("tags");
        binder.forField(sharedNotes).bind("sharedNotes");
        binder.readRecord(adding ? ProspectDraft.empty() : details.draft());

        boolean mayEdit = adding || details.mayEdit();
        binder.setReadOnly(!mayEdit);
        sharedNotes.setReadOnly(false);
        profileUrl.setReadOnly(!adding);

        if (!adding) {
            summaryBox.removeAll();
            summaryBox.add(summary());
            add(summaryBox);
            // Logging outreach is what reps open a prospect for most: it comes before the
            // form.
            for (var section : sections) {
                section.create(details, this::outreachLogged).ifPresent(this::add);
            }
        }
        duplicateBox.removeAll();
        duplicateBox.setVisible(false);
        duplicateBox.addClassName("duplicate-box");
        add(duplicateBox);

        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        form.add(firstName, lastName, headline, company);
        form.add(profileUrl, 2);
        form.add(email, emailStatus, location, industry, icpFit, tags);
        origin.read(adding ? ProspectOrigin.MANUAL : details.origin());
        origin.setReadOnly(!mayEdit);
        form.add(origin, 2);
        if (!adding) {
            var defaults = prospects.dealDefaults(teamId, zone);
            deal.read(details.deal(), defaults.currency(), defaults.thisMonth());
            deal.setReadOnly(!mayEdit);
            deal.setVisible(PipelineValue.VALUED.contains(details.stage()));
            form.add(deal, 2);
        }
        form.add(sharedNotes, 2);
        if (!adding && details.owner()) {
            privateNote.setValue(details.privateNote().orElse(""));
            form.add(privateNote, 2);
        }
        add(form);

        if (!adding) {
            if (details.mayEdit()) {
                add(pipelineControls());
            }
            add(ProspectHistoryList.of(details, zone));
        }

        var save = new Button(adding ? "Add prospect" : "Save", e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Close", e -> close()), save);
    }

    private Div summary() {
        String ownerName = nameOf(details.ownerId());
        var line = new Paragraph((details.owner() ? "You own this prospect" : "Owned by " + ownerName) + " · "
                + details.stage().label() + " · added " + Formats.day(details.createdAt(), zone) + " ("
                + (details.origin().source().named() ? "met at " + details.origin().describe()
                        : details.source().label().toLowerCase(java.util.Locale.ROOT))
                + ")");
        var profile = new Anchor(details.profileUrl(), details.profileUrl(), AnchorTarget.BLANK);
        var box = new Div(line, profile);
        if (details.doNotContact()) {
            var dnc = new Paragraph("DO NOT CONTACT: " + details.doNotContactReason());
            dnc.addClassName("dnc-banner");
            box.addComponentAsFirst(dnc);
        }
        return box;
    }

    /**
     * Outreach moved the stage or the last activity: show it without losing what is being
     * typed.
     */
    private void outreachLogged() {
        details = prospects.details(details.id());
        summaryBox.removeAll();
        summaryBox.add(summary());
        stageSelect.setValue(details.stage());
        // A picked suggestion or a logged bounce changed the address: the form shows it,
        // so
        // that saving the form keeps it (the same value sets nothing).
        email.setValue(details.draft().email() == null ? "" : details.draft().email());
        emailStatus.setValue(details.draft().emailStatus());
        afterChange.run();
    }

    private Div pipelineControls() {
        var stage = stageSelect;
        stage.setLabel("Stage");
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(Stage::label);
        stage.setValue(details.stage());
        // The deal's fields come with the stage that has one, before the move is saved.
        stage.addValueChangeListener(
                e -> deal.setVisible(e.getValue() != null && PipelineValue.VALUED.contains(e.getValue())
                        || PipelineValue.VALUED.contains(details.stage())));
        var move = new Button("Move", e -> run(() -> prospects.changeStage(details.id(), stage.getValue()),
                "Stage changed to " + stage.getValue().label() + "."));
        if (details.doNotContact()) {
            stage.setEnabled(false);
            move.setEnabled(false);
            stage.setHelperText("On the do-not-contact list: the stage stays until the entry is removed");
        }
        var newOwner = new ComboBox<Teammate>("Hand over to");
        newOwner.setItems(teammates.values()
            .stream()
            .filter(t -> t.active() && t.role() != Role.ADMIN && t.id() != details.ownerId())
            .sorted(Comparator.comparing(Teammate::displayName))
            .toList());
        newOwner.setItemLabelGenerator(Teammate::displayName);
        var handOver = new Button("Hand over", e -> {
            if (newOwner.getValue() == null) {
                newOwner.setErrorMessage("Choose whom to hand over to");
                newOwner.setInvalid(true);
                return;
            }
            run(() -> owners.handOver(details.id(), newOwner.getValue().id()),
                    details.draft().fullName() + " is now owned by " + newOwner.getValue().displayName() + ".");
        });
        var row = new Div(stage, move, newOwner, handOver);
        row.addClassName("toolbar");
        return new Div(FormSection.titled("Pipeline and owner"), row);
    }

    private void save() {
        ProspectDraft draft;
        try {
            draft = binder.writeRecord();
        }
        catch (ValidationException e) {
            return;
        }
        try {
            if (details == null) {
                var added = prospects.add(teamId, draft, origin.value());
                Notifications.success(added.draft().fullName() + " added"
                        + (added.doNotContact() ? ", and marked do not contact: " + added.doNotContactReason() : "."));
                close();
                afterChange.run();
                return;
            }
            if (details.mayEdit()) {
                details = prospects.update(details.id(), details.version(), draft, origin.value(),
                        deal.isVisible() ? deal.value() : null);
            }
            else {
                details = prospects.saveSharedNotes(details.id(), details.version(), draft.sharedNotes());
            }
            if (details.owner()) {
                prospects.savePrivateNote(details.id(), privateNote.getValue());
            }
            Notifications.success(details.draft().fullName() + " saved.");
            close();
            afterChange.run();
        }
        catch (DuplicateProspect duplicate) {
            showDuplicate(duplicate);
        }
        catch (RuleViolation violation) {
            FieldErrors.show(violation, fields());
        }
        catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(SAVED_MEANWHILE);
        }
    }

    /**
     * While adding: says at once when the team already has the person at this address.
     */
    private void checkForDuplicate(String address) {
        if (details != null) {
            return;
        }
        var existing = owners.existing(teamId, address);
        if (existing.isPresent()) {
            showDuplicate(existing.get());
        }
        else if (duplicateBox.isVisible()) {
            duplicateBox.removeAll();
            duplicateBox.setVisible(false);
            profileUrl.setInvalid(false);
            profileUrl.setErrorMessage(null);
        }
    }

    private void showDuplicate(DuplicateProspect duplicate) {
        duplicateBox.removeAll();
        var open = new Button("Open the existing record", e -> {
            close();
            openOther.accept(duplicate.existingId());
        });
        open.addThemeVariants(ButtonVariant.SMALL);
        duplicateBox.add(new Span(duplicate.getMessage() + " "), open);
        duplicateBox.setVisible(true);
        profileUrl.setErrorMessage("Already in your team");
        profileUrl.setInvalid(true);
    }

    private void run(java.util.function.Supplier<ProspectDetails> action, String done) {
        try {
            details = action.get();
            Notifications.success(done);
            afterChange.run();
            build();
        }
        catch (RuleViolation violation) {
            Notifications.error(violation.getMessage());
        }
        catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(SAVED_MEANWHILE);
        }
    }

    private String nameOf(long accountId) {
        var mate = teammates.get(accountId);
        return mate == null ? "a former member" : mate.displayName();
    }

    private Map<String, HasValidation> fields() {
        var fields = new java.util.HashMap<String, HasValidation>(origin.fields());
        fields.putAll(deal.fields());
        fields.putAll(Map.of("firstName", firstName, "lastName", lastName, "headline", headline, "company", company,
                "profileUrl", profileUrl, "email", email, "location", location, "industry", industry, "sharedNotes",
                sharedNotes, "privateNote", privateNote));
        return fields;
    }

}
