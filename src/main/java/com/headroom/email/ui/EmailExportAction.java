package com.headroom.email.ui;

import com.headroom.base.ui.Downloads;
import com.headroom.email.EmailExportService;
import com.headroom.email.EmailTool;
import com.headroom.prospect.ProspectFilter;
import com.headroom.prospect.ProspectListAction;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Export for e-mail tool" beside the list's own export: the list's current filter in the
 * import layout of lemlist, Instantly, Apollo, HubSpot or Salesforce.
 */
@org.springframework.stereotype.Component
class EmailExportAction implements ProspectListAction {

    private final EmailExportService exports;

    private final Clock clock;

    EmailExportAction(EmailExportService exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    @Override
    public Component create(Supplier<Optional<ProspectFilter>> shownFilter) {
        var button = new Button("Export for e-mail tool", VaadinIcon.ENVELOPE_O.create());
        button.addClassName("email-export");
        button.addClickListener(e -> shownFilter.get().ifPresent(filter -> open(filter)));
        return button;
    }

    private void open(ProspectFilter filter) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Export for an e-mail tool");
        var tool = new Select<EmailTool>();
        tool.setLabel("E-mail tool");
        tool.setItems(EmailTool.values());
        tool.setItemLabelGenerator(EmailTool::label);
        tool.setValue(EmailTool.LEMLIST);
        long count = exports.countExportable(filter);
        var what = new Paragraph(count == 0
                ? "No one in the list as filtered has an address worth writing to. Suggest addresses on the"
                        + " prospects first, or widen the filter."
                : count + (count == 1 ? " prospect" : " prospects") + " in the list as filtered "
                        + (count == 1 ? "has" : "have") + " an address worth writing to. Do-not-contact people and"
                        + " bounced addresses are left out; each prospect remembers the export.");
        what.addClassName("export-count");
        var download = Downloads.button("Download CSV", VaadinIcon.DOWNLOAD.create(),
                handler(filter, () -> tool.getValue()));
        download.setEnabled(count > 0);
        var columns = new Paragraph();
        columns.addClassName("hint");
        Runnable describe = () -> columns.setText("Columns: " + String.join(", ", tool.getValue().header()) + ".");
        describe.run();
        tool.addValueChangeListener(e -> {
            describe.run();
            download.setHref(handler(filter, () -> tool.getValue()));
        });
        dialog.add(what, tool, columns);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()), download);
        dialog.open();
    }

    private com.vaadin.flow.server.streams.DownloadHandler handler(ProspectFilter filter, Supplier<EmailTool> tool) {
        EmailTool chosen = tool.get();
        return Downloads.text(() -> chosen.fileName(LocalDate.now(clock)), "text/csv",
                out -> exports.export(filter, chosen, out));
    }

}
