package com.headroom.warmintro.ui;

import com.headroom.base.ui.CsvUpload;
import com.headroom.security.CurrentUser;
import com.headroom.base.TimeZones;
import com.headroom.base.RuleViolation;
import com.headroom.base.ui.BackgroundWork;
import com.headroom.base.ui.FormSection;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.security.AppRoles;
import com.headroom.warmintro.ConnectionImportService;
import com.headroom.warmintro.ImportChange;
import com.headroom.warmintro.ImportSummary;
import com.headroom.warmintro.OwnConnection;
import com.headroom.warmintro.StrengthOverride;
import com.headroom.warmintro.WarmIntroService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * A member's own LinkedIn network: import LinkedIn's Connections.csv (again, when it is
 * newer), see what each import changed, choose whether teammates may see whom you know,
 * and tell Headroom which connections you know better than the figures say.
 */
@Route("network")
@PageTitle("My network")
@Menu(order = 18, icon = "vaadin:connect", title = "My network")
@RolesAllowed(AppRoles.MEMBER)
class MyNetworkView extends Main {

    /** Files with more rows import in the background, with progress. */
    static final int IN_BACKGROUND_FROM_BYTES = 200 * 1024;

    private final WarmIntroService warmIntros;

    private final ConnectionImportService imports;

    private final AsyncTaskExecutor executor;

    private final Paragraph summary = new Paragraph();

    private final Checkbox sharing = new Checkbox(
            "Teammates may see whom I know (name, position and company;" + " never e-mail addresses)");

    private final Div importStep = new Div();

    private final java.time.ZoneId zone;

    private final Grid<ImportSummary> history = new Grid<>();

    private final Div diff = new Div();

    private final TextField filter = new TextField();

    private final Grid<OwnConnection> connections = new Grid<>();

    MyNetworkView(WarmIntroService warmIntros, ConnectionImportService imports,
            @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor, TimeZones timeZones,
            CurrentUser currentUser) {
        this.zone = timeZones.forAccount(currentUser.require().accountId());
        this.warmIntros = warmIntros;
        this.imports = imports;
        this.executor = executor;
        addClassName("view");
        addClassName("network-view");

        sharing.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                warmIntros.shareMyNetwork(e.getValue());
                Notifications.success(e.getValue() ? "Your teammates see whom you know again."
                        : "Your teammates no longer see your network.");
            }
        });

        history.addColumn(i -> Formats.dayTime(i.importedAt(), zone)).setHeader("Imported").setAutoWidth(true);
        history.addColumn(ImportSummary::fileName).setHeader("File").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(i -> Formats.number(i.kept())).setHeader("Connections").setAutoWidth(true);
        history
            .addColumn(
                    i -> i.firstImport() ? "First import"
                            : Formats.number(i.added()) + " added, " + Formats.number(i.gone()) + " gone, "
                                    + Formats.number(i.changed()) + " changed")
            .setHeader("What changed")
            .setFlexGrow(3);
        history.addColumn(i -> Formats.number(i.rejected())).setHeader("Not imported").setAutoWidth(true);
        history.setAllRowsVisible(true);
        history.addItemClickListener(e -> showDiff(e.getItem()));
        history.setEmptyStateText("No import yet.");

        filter.setPlaceholder("Name, company or position");
        filter.setWidth("22rem");
        filter.setAriaLabel("Search my connections");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> connections.getDataProvider().refreshAll());
        connections.addColumn(OwnConnection::name).setHeader("Name").setAutoWidth(true);
        connections.addColumn(OwnConnection::position).setHeader("Position").setFlexGrow(2);
        connections.addColumn(OwnConnection::company).setHeader("Company").setFlexGrow(1);
        connections.addColumn(c -> c.connectedOn() == null ? "" : Formats.date(c.connectedOn()))
            .setHeader("Connected")
            .setAutoWidth(true);
        connections.addColumn(c -> c.email() == null ? "" : c.email())
            .setHeader("E-mail (only you see it)")
            .setAutoWidth(true);
        connections.addComponentColumn(this::strengthPicker).setHeader("How well you know them").setAutoWidth(true);
        connections.setItems(q -> warmIntros.myConnections(filter.getValue(), q.getOffset(), q.getLimit()).stream());
        connections.setEmptyStateText("No connections yet: import your Connections.csv above.");
        connections.addClassName("my-connections");

        add(FormSection.titled("Your LinkedIn network"), summary, sharing, importStep, FormSection.titled("Imports"),
                hint("Click an import to see what it changed and which rows were" + " left out."), history, diff,
                FormSection.titled("Your connections"), filter, connections);
        showUpload();
        refresh();
    }

    private void refresh() {
        var network = warmIntros.myNetwork();
        sharing.setValue(network.sharesNetwork());
        summary.setText(network.lastImportAt() == null
                ? "Import the Connections.csv from LinkedIn so that your teammates can ask you for warm"
                        + " introductions, and you see whom they know."
                : Formats.number(network.connections()) + " connections, from your import of "
                        + Formats.dayTime(network.lastImportAt(), zone) + ". Import a newer file to update them.");
        history.setItems(network.imports());
        connections.getDataProvider().refreshAll();
    }

    private void showUpload() {
        importStep.removeAll();
        var upload = CsvUpload.inMemory(ConnectionImportService.UPLOAD_LIMIT, this::received);
        upload.setDropLabel(new Span("Drop Connections.csv here"));
        var how = new Paragraph("On LinkedIn: Me → Settings & Privacy → Data privacy → Get a copy of your data →"
                + " Connections. LinkedIn e-mails you a link; upload the Connections.csv from it here.");
        how.addClassName("hint");
        importStep.add(upload, how);
    }

    /**
     * Called with the uploaded file, UI locked; small files import at once, larger ones
     * in the background.
     */
    void received(String fileName, byte[] bytes) {
        var ui = UI.getCurrent();
        if (bytes.length < IN_BACKGROUND_FROM_BYTES) {
            try {
                imported(imports.importConnections(fileName, bytes, done -> {
                }));
            }
            catch (RuleViolation refused) {
                Notifications.error(refused.getMessage());
            }
            return;
        }
        var bar = new ProgressBar(0, 100, 0);
        var text = new Span("Reading the file…");
        importStep.removeAll();
        importStep.add(bar, text);
        BackgroundWork.start(ui, executor, "Connections import", fileName,
                () -> imports.importConnections(fileName, bytes, done -> ui.access(() -> {
                    bar.setValue(done);
                    text.setText(done + "% done");
                })), summary -> {
                    showUpload();
                    imported(summary);
                }, failure -> {
                    showUpload();
                    Notifications.error(failure instanceof RuleViolation ? failure.getMessage()
                            : "The import stopped with an error; your connections are as they were. Try again.");
                });
    }

    private void imported(ImportSummary summary) {
        Notifications.success(summary.firstImport() ? Formats.number(summary.kept()) + " connections imported."
                : Formats.number(summary.kept()) + " connections: " + Formats.number(summary.added()) + " added, "
                        + Formats.number(summary.gone()) + " gone, " + Formats.number(summary.changed())
                        + " changed company or position.");
        refresh();
        showDiff(summary);
    }

    private void showDiff(ImportSummary summary) {
        diff.removeAll();
        var lines = new Div();
        lines.addClassName("import-diff");
        lines.add(new Paragraph(Formats.number(summary.rowsRead()) + (summary.rowsRead() == 1 ? " row" : " rows")
                + " read, " + Formats.number(summary.kept()) + " kept"
                + (summary.undated() > 0
                        ? " (" + Formats.number(summary.undated()) + " without a readable \"Connected On\" date)" : "")
                + ", " + Formats.number(summary.rejected()) + " not imported."));
        if (!summary.firstImport()) {
            var changes = new Grid<ImportChange>();
            changes.addColumn(c -> c.kind().label()).setHeader("").setAutoWidth(true);
            changes.addColumn(ImportChange::name).setHeader("Name").setAutoWidth(true);
            changes.addColumn(c -> c.before() == null ? "" : c.before()).setHeader("Before").setFlexGrow(1);
            changes.addColumn(c -> c.after() == null ? "" : c.after()).setHeader("Now").setFlexGrow(1);
            changes.setItems(q -> warmIntros.importChanges(summary.id(), q.getOffset(), q.getLimit()).stream(),
                    q -> warmIntros.countImportChanges(summary.id()));
            changes.setEmptyStateText("Nothing changed since the import before.");
            changes.addClassName("import-changes");
            changes.setHeight("20rem");
            lines.add(changes);
        }
        var rejects = warmIntros.importRejects(summary.id());
        if (!rejects.isEmpty()) {
            var list = new Grid<com.headroom.warmintro.ConnectionsCsv.Rejected>();
            list.addColumn(com.headroom.warmintro.ConnectionsCsv.Rejected::line).setHeader("Line").setAutoWidth(true);
            list.addColumn(com.headroom.warmintro.ConnectionsCsv.Rejected::reason)
                .setHeader("Why it was left out")
                .setFlexGrow(1);
            list.addColumn(com.headroom.warmintro.ConnectionsCsv.Rejected::raw).setHeader("The row").setFlexGrow(1);
            list.setItems(rejects);
            list.addClassName("import-rejects");
            list.setHeight("14rem");
            lines.add(new Details("Rows not imported (" + Formats.number(rejects.size()) + ")", list));
        }
        diff.add(new Details("Import of " + Formats.dayTime(summary.importedAt(), zone), lines));
        ((Details) diff.getComponentAt(0)).setOpened(true);
    }

    private static Paragraph hint(String text) {
        var hint = new Paragraph(text);
        hint.addClassName("hint");
        return hint;
    }

    private Select<String> strengthPicker(OwnConnection connection) {
        var picker = new Select<String>();
        picker.setItems("As the figures say", StrengthOverride.CLOSE.label(), StrengthOverride.BARELY.label());
        picker.setValue(connection.override() == null ? "As the figures say" : connection.override().label());
        picker.setAriaLabel("How well you know " + connection.name());
        picker.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            StrengthOverride level = e.getValue().equals(StrengthOverride.CLOSE.label()) ? StrengthOverride.CLOSE
                    : e.getValue().equals(StrengthOverride.BARELY.label()) ? StrengthOverride.BARELY : null;
            warmIntros.setStrength(connection.personId(), level);
            Notifications.success("Saved for " + connection.name() + ".");
        });
        return picker;
    }

}
