package com.headroom.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The one upload of a CSV file: one file, its size capped by the server (not only by the browser),
 * and a plain sentence when it is too large. The callback runs with the UI locked.
 */
public final class CsvUpload {

    /** Room for the multipart request around the file itself. */
    private static final long REQUEST_OVERHEAD = 64 * 1024;

    private CsvUpload() {
    }

    /** An upload written to a temporary file: for large files, read from disk. */
    public static Upload toFile(long maxBytes, String tooLarge, BiConsumer<String, Path> received) {
        var ui = UI.getCurrent();
        return configured(new Upload(new TemporaryFileUploadHandler((metadata, file) ->
                ui.access(() -> received.accept(metadata.fileName(), file.toPath()))) {
            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }

            @Override
            public long getRequestSizeMax() {
                return maxBytes + REQUEST_OVERHEAD;
            }
        }), maxBytes, tooLarge);
    }

    /** An upload kept in memory: for files of a few MB. */
    public static Upload inMemory(long maxBytes, String tooLarge, BiConsumer<String, byte[]> received) {
        var ui = UI.getCurrent();
        return configured(new Upload(new InMemoryUploadHandler((metadata, bytes) ->
                ui.access(() -> received.accept(metadata.fileName(), bytes))) {
            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }

            @Override
            public long getRequestSizeMax() {
                return maxBytes + REQUEST_OVERHEAD;
            }
        }), maxBytes, tooLarge);
    }

    private static Upload configured(Upload upload, long maxBytes, String tooLarge) {
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) maxBytes);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage().toLowerCase(Locale.ROOT)
                .contains("size") ? tooLarge : e.getErrorMessage()));
        return upload;
    }
}
