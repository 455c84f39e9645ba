package com.headroom.prospect.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.BackgroundWork;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.CsvUpload;
import com.headroom.base.ui.FormSection;
import com.headroom.base.ui.Notifications;
import com.headroom.prospect.ImportField;
import com.headroom.prospect.ImportPreview;
import com.headroom.prospect.ImportReport;
import com.headroom.prospect.ProspectImportService;
import com.headroom.security.AppRoles;
import com.headroom.team.AccountService;
import com.headroom.team.TeamChoice;
import com.headroom.team.TeamService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * CSV import in four steps: upload, map the columns, import, read the report. Large files
 * import in the background with a progress bar, so the page stays usable.
 */
@Route("prospects/import")
@PageTitle("Import prospects")
@RolesAllowed(AppRoles.MEMBER)
class ImportView extends Main {

    /** Files with more rows import in the background, with progress. */
    static final int BACKGROUND_FROM_ROWS = 2000;

    private final ProspectImportService imports;

    private final AsyncTaskExecutor executor;

    private final ComboBox<TeamChoice> team = new ComboBox<>("Import into team");

    private final Div step = new Div();

    private Path file;

    private String fileName;

    private Path rejectedFile;

    private ImportPreview preview;

    private final List<Select<ImportField>> columnFields = new ArrayList<>();

    ImportView(ProspectImportService imports, TeamService teams, AccountService accounts,
            @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        this.imports = imports;
        this.executor = executor;
        addClassName("view");
        var myTeams = teams.choices();
        team.setItems(myTeams);
        team.setItemLabelGenerator(TeamChoice::name);
        team.setVisible(myTeams.size() > 1);
        Optional<Long> home = accounts.mySeat().teamId();
        myTeams.stream()
            .filter(t -> home.isPresent() && t.id() == home.get())
            .findFirst()
            .or(() -> myTeams.stream().findFirst())
            .ifPresent(team::setValue);
        add(new Anchor("prospects", "← Prospects"), team, step);
        showUpload();
        // The uploaded file and the rejected rows hold personal data: gone when the page
        // is.
        addDetachListener(e -> {
            deleteQuietly(file);
            deleteQuietly(rejectedFile);
        });
    }

    private void showUpload() {
        step.removeAll();
        var upload = CsvUpload.toFile(ProspectImportService.UPLOAD_LIMIT, this::fileReceived);
        step.add(FormSection.titled("1. Choose a CSV file"),
                new Paragraph("A header row, then one row per person, with at least the LinkedIn profile address"
                        + " and the first name. Saved as CSV by any spreadsheet (comma, semicolon or tab), up to "
                        + ProspectImportService.UPLOAD_LIMIT.size() + " and "
                        + Formats.number(ProspectImportService.MAX_ROWS) + " rows."
                        + " People already in the team, or named again further down the file, only get their"
                        + " empty fields filled in."),
                upload);
    }

    /**
     * The uploaded file, ready to map (tests call this; the upload passes the name the
     * user's file had).
     */
    void fileReceived(Path received) {
        fileReceived(received.getFileName().toString(), received);
    }

    void fileReceived(String name, Path received) {
        deleteQuietly(file);
        file = null;
        try {
            preview = imports.preview(received);
            file = received;
            fileName = name;
            showMapping();
        }
        catch (RuleViolation refused) {
            deleteQuietly(received);
            step.add(errorLine(refused.getMessage()));
        }
    }

    private void showMapping() {
        step.removeAll();
        columnFields.clear();
        var previewGrid = new Grid<List<String>>();
        previewGrid.addClassName("import-preview");
        previewGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        previewGrid.setAllRowsVisible(true);
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2),
                new FormLayout.ResponsiveStep("50rem", 3));
        for (int i = 0; i < preview.headers().size(); i++) {
            var field = new Select<ImportField>();
            String header = preview.headers().get(i);
            field.setLabel(header.isBlank() ? "Column " + (i + 1) : header);
            field.setItems(ImportField.values());
            field.setItemLabelGenerator(ImportField::label);
            field.setValue(preview.mapping().get(i));
            field.setHelperText("e.g. " + sample(i));
            field.addValueChangeListener(e -> showPreview(previewGrid));
            columnFields.add(field);
            form.add(field);
        }
        showPreview(previewGrid);
        var importButton = new Button("Import " + rows(preview.rowCount()), e -> startImport());
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        var again = new Button("Choose another file", e -> {
            deleteQuietly(file);
            file = null;
            showUpload();
        });
        var buttons = new Div(importButton, again);
        buttons.addClassName("toolbar");
        step.add(FormSection.titled("2. Say what each column holds"),
                new Paragraph(rows(preview.rowCount()) + " found ("
                        + (preview.delimiter() == ';' ? "semicolon" : "comma") + "-separated). Headroom suggests a"
                        + " field for each column, or the one you chose last time."),
                form, FormSection.titled("The first rows as they will be stored"), previewGrid, buttons);
    }

    /** The first rows as the current mapping reads them, one column per chosen field. */
    private void showPreview(Grid<List<String>> grid) {
        grid.removeAllColumns();
        for (int i = 0; i < columnFields.size(); i++) {
            var field = columnFields.get(i).getValue();
            if (field == null || field == ImportField.IGNORE) {
                continue;
            }
            int column = i;
            grid.addColumn(row -> column < row.size() ? row.get(column) : "")
                .setHeader(field.label())
                .setAutoWidth(true);
        }
        grid.setItems(preview.firstRows());
    }

    private String sample(int column) {
        return preview.firstRows()
            .stream()
            .map(row -> column < row.size() ? row.get(column) : "")
            .filter(v -> v != null && !v.isBlank())
            .findFirst()
            .map(v -> v.length() > 40 ? v.substring(0, 39) + "…" : v)
            .orElse("(empty)");
    }

    private void startImport() {
        if (team.getValue() == null) {
            Notifications.error("Choose the team to import into.");
            return;
        }
        List<ImportField> mapping = columnFields.stream().map(Select::getValue).toList();
        long teamId = team.getValue().id();
        if (preview.rowCount() < BACKGROUND_FROM_ROWS) {
            try {
                showReport(imports.importFile(teamId, file, mapping, done -> {
                }));
            }
            catch (RuleViolation refused) {
                Notifications.error(refused.getMessage());
            }
            finally {
                deleteQuietly(file);
                file = null;
            }
            return;
        }
        var bar = new ProgressBar(0, preview.rowCount(), 0);
        var progressText = new Span("Starting…");
        step.removeAll();
        step.add(FormSection.titled("3. Importing"), bar, progressText,
                new Paragraph("You can keep working in another tab; this page shows the report when it is done."));
        var ui = UI.getCurrent();
        var total = preview.rowCount();
        var uploaded = file;
        file = null;
        BackgroundWork.start(ui, executor, "Prospect import", fileName, () -> {
            try {
                return imports.importFile(teamId, uploaded, mapping, done -> ui.access(() -> {
                    bar.setValue(done);
                    progressText.setText(Formats.number(done) + " of " + Formats.number(total) + " rows");
                }));
            }
            finally {
                deleteQuietly(uploaded);
            }
        }, this::showReport,
                failure -> step.add(errorLine(failure instanceof RuleViolation ? failure.getMessage()
                        : "The import stopped with an error; rows stored before it stay. Import the file again:"
                                + " stored rows are skipped.")));
    }

    private void showReport(ImportReport report) {
        deleteQuietly(rejectedFile);
        rejectedFile = report.rejectedCsv();
        step.removeAll();
        var again = new Button("Import another file", e -> showUpload());
        var toList = new Button("Go to prospects", e -> getUI().ifPresent(ui -> ui.navigate(ProspectsView.class)));
        toList.addThemeVariants(ButtonVariant.PRIMARY);
        var buttons = new Div(toList, again);
        buttons.addClassName("toolbar");
        step.add(new ImportReportPanel(report), buttons);
    }

    private static Paragraph errorLine(String message) {
        var line = new Paragraph(message);
        line.addClassName("error-text");
        return line;
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "1 row", "2,500 rows". */
    private static String rows(int count) {
        return Formats.number(count) + (count == 1 ? " row" : " rows");
    }

}
