package com.headroom.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.headroom.KaribuTest;
import com.headroom.TestData;
import com.headroom.base.UploadLimit;
import com.headroom.prospect.ProspectImportService;
import com.headroom.warmintro.ConnectionFiles;
import com.headroom.warmintro.ConnectionImportService;
import com.headroom.warmintro.WarmIntroService;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Both uploads, fed a body larger than their limit the way a client that ignores the
 * browser's size check sends it (no length up front): the upload stops reading one byte
 * past the limit, leaves no file behind, stores nothing and says which limit the file
 * broke.
 */
class UploadLimitTest extends KaribuTest {

    private static final String FILE_NAME = "upload-limit-karibu.csv";

    @Autowired
    TestData testData;

    @Autowired
    WarmIntroService warmIntros;

    @Test
    void a_connections_file_past_20_mb_is_read_no_further_than_the_limit_and_the_network_stays_as_it_was() {
        var member = testData.member("Upload Ulla", testData.team("Uploads").id());
        login(member.email());
        navigate("network");
        String run = UUID.randomUUID().toString().substring(0, 8);
        // A real file first: the bounded upload passes it through whole.
        UploadKt._upload(_get(Upload.class), "Connections.csv", "text/csv",
                (ConnectionFiles.HEADER + "Paula,Prospect,https://www.linkedin.com/in/paula-" + run
                        + ",,Acme,CRO,1 Nov 2020\n")
                    .getBytes(StandardCharsets.UTF_8));
        assertThat(notificationTexts()).contains("1 connections imported.");
        long before = warmIntros.myNetwork().connections();

        UploadLimit limit = ConnectionImportService.UPLOAD_LIMIT;
        var body = new GeneratedBody(3 * limit.bytes());
        var event = upload(_get(Upload.class), body);

        System.out.printf("Karibu: My network upload of %,d bytes: the handler read %,d (limit %,d)%n", body.size,
                body.read, limit.bytes());
        assertThat(body.read).as("bytes the upload read").isEqualTo(limit.bytes() + 1);
        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo(limit.tooLarge());
        assertThat(notificationTexts()).contains("The file is larger than 20 MB. LinkedIn's Connections.csv is far"
                + " smaller: upload the file from LinkedIn's export.");
        assertThat(warmIntros.myNetwork().connections()).as("the network stays as it was").isEqualTo(before);
    }

    @Test
    void a_prospects_file_past_10_mb_is_read_no_further_than_the_limit_and_nothing_is_left_on_disk()
            throws IOException {
        var member = testData.member("Upload Uwe", testData.team("Uploads").id());
        login(member.email());
        navigate("prospects/import");
        var filesBefore = uploadFiles();

        UploadLimit limit = ProspectImportService.UPLOAD_LIMIT;
        var body = new GeneratedBody(3 * limit.bytes());
        var event = upload(_get(Upload.class), body);

        System.out.printf("Karibu: prospects upload of %,d bytes: the handler read %,d (limit %,d)%n", body.size,
                body.read, limit.bytes());
        assertThat(body.read).isEqualTo(limit.bytes() + 1);
        assertThat(event.isRejected()).isTrue();
        assertThat(notificationTexts()).contains("The file is larger than 10 MB. Split it into smaller files.");
        assertThat(uploadFiles()).as("what was written of it is deleted").isEqualTo(filesBefore);
        assertThat(_get(Upload.class).isAttached()).as("still on the first step, ready for another file").isTrue();
    }

    @Test
    void a_file_of_exactly_the_limit_is_taken() {
        var member = testData.member("Upload Uma", testData.team("Uploads").id());
        login(member.email());
        navigate("prospects/import");

        UploadLimit limit = ProspectImportService.UPLOAD_LIMIT;
        var body = new GeneratedBody(limit.bytes());
        var event = upload(_get(Upload.class), body);

        assertThat(event.isRejected()).isFalse();
        assertThat(body.read).isEqualTo(limit.bytes());
        assertThat(notificationTexts()).noneMatch(t -> t.startsWith("The file is larger than"));
    }

    /**
     * Sends the body as Vaadin's upload request does for a client that declares no
     * length.
     */
    private static UploadEvent upload(Upload upload, InputStream body) {
        var request = Mockito.mock(VaadinRequest.class);
        try {
            Mockito.when(request.getInputStream()).thenReturn(body);
        }
        catch (IOException e) {
            throw new AssertionError(e);
        }
        var event = new UploadEvent(request, Mockito.mock(VaadinResponse.class), VaadinSession.getCurrent(), FILE_NAME,
                -1, "text/csv", upload.getElement(), null);
        try {
            UploadKt.get_handler(upload).handleUploadRequest(event);
        }
        catch (IOException e) {
            throw new AssertionError(e);
        }
        MockVaadin.clientRoundtrip(false);
        return event;
    }

    private static List<Path> uploadFiles() throws IOException {
        return UploadFiles.named(FILE_NAME);
    }

    /** A body of any size made up as it is read, counting what the reader took. */
    private static final class GeneratedBody extends InputStream {

        final long size;

        long read;

        GeneratedBody(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            read += n;
            return n;
        }

    }

}
