package com.headroom.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The one way Headroom writes a file for the browser to download. The response stream
 * belongs to Vaadin, which still writes to it after the handler returns: a handler must
 * never close it. The writers these handlers give out close and flush only their own
 * layer, so code that closes what it wrote (a {@code CSVPrinter} in try-with-resources,
 * Jackson's {@code writeValue}) is harmless.
 */
public final class Downloads {

    private Downloads() {
    }

    /** Writes a download's text; it may close the writer when it is done. */
    @FunctionalInterface
    public interface Content {

        void writeTo(Writer out) throws IOException;

    }

    /**
     * A UTF-8 text file (CSV, JSON) written on request; the name is asked for when the
     * download starts.
     */
    public static DownloadHandler text(Supplier<String> fileName, String contentType, Content content) {
        return event -> {
            event.setFileName(fileName.get());
            event.setContentType(contentType + "; charset=UTF-8");
            try (Writer out = new BufferedWriter(
                    new OutputStreamWriter(keepOpen(event.getOutputStream()), StandardCharsets.UTF_8))) {
                content.writeTo(out);
            }
        };
    }

    /** A file on the server's disk, sent as it is. */
    public static DownloadHandler file(Path file, String fileName, String contentType) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            event.setContentLength(Files.size(file));
            try (var out = keepOpen(event.getOutputStream())) {
                Files.copy(file, out);
            }
        };
    }

    /** A button that downloads what the handler writes. */
    public static Anchor button(String label, DownloadHandler handler) {
        return button(new Button(label), handler);
    }

    /** A button with an icon that downloads what the handler writes. */
    public static Anchor button(String label, Component icon, DownloadHandler handler) {
        return button(new Button(label, icon), handler);
    }

    private static Anchor button(Button button, DownloadHandler handler) {
        var anchor = new Anchor(handler, "");
        anchor.getElement().setAttribute("download", true);
        anchor.add(button);
        return anchor;
    }

    /**
     * The stream as writers see it: closing it flushes, and leaves Vaadin's stream open.
     */
    static OutputStream keepOpen(OutputStream vaadins) {
        return new FilterOutputStream(vaadins) {
            private boolean closed;

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (closed) {
                    throw new IOException("Download stream already closed");
                }
                out.write(bytes, offset, length);
            }

            @Override
            public void write(int b) throws IOException {
                if (closed) {
                    throw new IOException("Download stream already closed");
                }
                out.write(b);
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    out.flush();
                }
            }
        };
    }

}
