package com.headroom.base.ui;

import com.headroom.base.UploadLimit;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * The one upload of a CSV file: one file, and a server that stops reading at the file's
 * {@link UploadLimit} whatever the browser was told. Vaadin's own handlers read the whole
 * body first (into memory, or to a file) and check sizes only for multipart requests;
 * these read through a {@link BoundedInputStream} that gives up one byte past the limit,
 * so a body of any size costs at most the limit in memory or on disk. A refused file is
 * deleted, nothing reaches the page's callback (so nothing stored changes), and the page
 * shows {@link UploadLimit#tooLarge()}.
 *
 * <p>
 * The browser sends the file as the request body (Vaadin's default upload format);
 * Headroom's Vaadin servlet has no multipart configuration, so a multipart body is never
 * parsed at all ({@code security.NoMultipartParsing}).
 */
public final class CsvUpload {

    /**
     * Where an upload's temporary files are written: the system's temporary directory.
     */
    public static final String TEMPORARY_FILE_PREFIX = "headroom-upload-";

    private CsvUpload() {
    }

    /**
     * An upload written to a temporary file: for large files, read from disk. The
     * callback runs with the UI locked.
     */
    public static Upload toFile(UploadLimit limit, BiConsumer<String, Path> received) {
        return configured(new Upload(new BoundedUploadHandler<>(limit, CsvUpload::toTemporaryFile, received)), limit);
    }

    /**
     * An upload kept in memory: for files of a few MB. The callback runs with the UI
     * locked.
     */
    public static Upload inMemory(UploadLimit limit, BiConsumer<String, byte[]> received) {
        return configured(new Upload(new BoundedUploadHandler<>(limit, InputStream::readAllBytes, received)), limit);
    }

    private static Path toTemporaryFile(InputStream body) throws IOException {
        Path file = Files.createTempFile(TEMPORARY_FILE_PREFIX, ".csv");
        try {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
        catch (IOException | RuntimeException e) {
            // Too large, or the client went away: nothing of it stays on disk.
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static Upload configured(Upload upload, UploadLimit limit) {
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) limit.bytes());
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addFileRejectedListener(
                e -> Notifications.error(e.getErrorMessage().toLowerCase(Locale.ROOT).contains("size")
                        ? limit.tooLarge() : e.getErrorMessage()));
        return upload;
    }

    /**
     * Reads what the request body holds into a {@code T}; cleans up after itself when
     * reading fails.
     */
    @FunctionalInterface
    interface Sink<T> {

        T receive(InputStream body) throws IOException;

    }

    /** Thrown by the bounded stream when the body goes past the limit. */
    private static final class TooLarge extends IOException {

        TooLarge() {
            super("upload larger than its limit", null);
        }

    }

    /** Counts as it reads and stops one byte past the limit. */
    static final class BoundedUploadHandler<T> implements UploadHandler {

        private final UploadLimit limit;

        private final Sink<T> sink;

        private final BiConsumer<String, T> received;

        BoundedUploadHandler(UploadLimit limit, Sink<T> sink, BiConsumer<String, T> received) {
            this.limit = limit;
            this.sink = sink;
            this.received = received;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            var ui = event.getUI();
            String fileName = event.getFileName();
            // A declared length over the limit is refused before a byte is read.
            if (limit.exceededBy(event.getFileSize())) {
                refuse(event, ui);
                return;
            }
            T content;
            try (InputStream body = BoundedInputStream.builder()
                .setInputStream(event.getInputStream())
                // A file of exactly the limit reaches its end; one byte more and the next
                // read throws.
                .setMaxCount(limit.bytes() + 1)
                .setOnMaxCount((max, count) -> {
                    throw new TooLarge();
                })
                .setPropagateClose(false)
                .get()) {
                content = sink.receive(body);
            }
            catch (TooLarge tooLarge) {
                refuse(event, ui);
                return;
            }
            ui.access(() -> received.accept(fileName, content));
        }

        private void refuse(UploadEvent event, UI ui) {
            // The rest of the body is left unread: Tomcat discards at most its
            // max-swallow-size (2 MB)
            // of it and closes the connection.
            event.reject(limit.tooLarge());
            ui.access(() -> Notifications.error(limit.tooLarge()));
        }

        /**
         * Vaadin's answer (422 with the sentence for a refused file), sent at once:
         * Tomcat then drops the rest of the body (up to
         * {@code server.tomcat.max-swallow-size}) and closes the connection, and the
         * client has the answer before that.
         */
        @Override
        public void responseHandled(UploadResult result) {
            UploadHandler.super.responseHandled(result);
            if (!result.rejectedFiles().isEmpty()) {
                try {
                    result.response().getWriter().flush();
                }
                catch (IOException | IllegalStateException clientGone) {
                    // The client is gone; nothing to tell it.
                }
            }
        }

        @Override
        public long getRequestSizeMax() {
            return limit.bytes();
        }

        @Override
        public long getFileSizeMax() {
            return limit.bytes();
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }

    }

}
