package com.headroom.security;

import static com.headroom.security.OverHttp.CSRF;
import static com.headroom.security.OverHttp.encode;
import static com.headroom.security.OverHttp.sessionCookie;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.DemoAccounts;
import com.headroom.WebAppTest;
import com.headroom.base.UploadLimit;
import com.headroom.base.ui.UploadFiles;
import com.headroom.prospect.ProspectImportService;
import com.headroom.warmintro.ConnectionImportService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.coyote.AbstractProtocol;
import org.apache.coyote.RequestGroupInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Uploads larger than their limit, sent straight to Vaadin's upload address with no
 * browser to check the size first: the server stops reading at the limit, keeps nothing
 * of the file, changes nothing stored, and answers with the sentence naming the limit.
 * "Read" is what Tomcat counts as the application's reads of request bodies, so the
 * socket buffers between client and server do not blur it.
 */
@WebAppTest
class UploadLimitOverHttpIT {

    private static final Pattern UPLOAD_TARGET = Pattern.compile("VAADIN/dynamic/resource/\\d+/[0-9a-f-]+/upload");

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    private static final long MB = 1024 * 1024;

    /**
     * Tomcat counts what it hands its request's input buffer (8 KB), a little ahead of
     * what the upload has taken from it.
     */
    private static final long TOMCAT_BUFFER = 8 * 1024;

    /** Far more than any limit: without a bound the server would read all of it. */
    private static final long BODY = 200 * MB;

    /** The name the uploads give their file, to find what was written of it. */
    private static final String FILE_NAME = "upload-limit-test.csv";

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_connections_file_past_20_mb_sent_without_a_length_is_read_only_to_the_limit_and_changes_nothing()
            throws Exception {
        UploadLimit limit = ConnectionImportService.UPLOAD_LIMIT;
        String session = signIn(DemoAccounts.MEMBER_DANA);
        String target = uploadTarget(session, "network");
        long danaId = jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class,
                DemoAccounts.MEMBER_DANA);
        var connectionsBefore = connections(danaId);
        assertThat(connectionsBefore).as("the demo gave Dana a network").isNotEmpty();
        long readBefore = settledBytesReadByTheApplication();

        // Chunked: no length for the server to refuse up front, so only counting while
        // reading stops it.
        var sent = post(target, session, "text/csv", FILE_NAME, BODY, false);

        long read = settledBytesReadByTheApplication() - readBefore;
        System.out.printf("Connections.csv upload of %,d bytes (chunked): the client got %,d bytes out,"
                + " the application read %,d bytes (limit %,d)%n", BODY, sent.written(), read, limit.bytes());
        assertThat(read).as("bytes of the body the application read")
            .isLessThanOrEqualTo(limit.bytes() + 1 + TOMCAT_BUFFER)
            .isGreaterThan(limit.bytes());
        assertThat(sent.response()).startsWith("HTTP/1.1 422").contains("The file is larger than 20 MB.");
        assertThat(connections(danaId)).as("Dana's network is as it was").isEqualTo(connectionsBefore);
    }

    @Test
    void a_prospects_file_declared_past_10_mb_is_refused_before_a_byte_is_read_and_nothing_is_written()
            throws Exception {
        UploadLimit limit = ProspectImportService.UPLOAD_LIMIT;
        String session = signIn(DemoAccounts.MEMBER_DANA);
        String target = uploadTarget(session, "prospects/import");
        var filesBefore = uploadFiles();
        long readBefore = settledBytesReadByTheApplication();

        var sent = post(target, session, "text/csv", FILE_NAME, BODY, true);

        long read = settledBytesReadByTheApplication() - readBefore;
        System.out.printf("prospects.csv upload of %,d bytes (Content-Length): the client got %,d bytes out,"
                + " the application read %,d bytes (limit %,d)%n", BODY, sent.written(), read, limit.bytes());
        assertThat(read).as("the declared length is enough to refuse").isZero();
        assertThat(sent.response()).startsWith("HTTP/1.1 422").contains("The file is larger than 10 MB.");
        assertThat(uploadFiles()).as("no upload file left behind").isEqualTo(filesBefore);
    }

    @Test
    void a_prospects_file_past_10_mb_sent_without_a_length_leaves_no_file_behind() throws Exception {
        UploadLimit limit = ProspectImportService.UPLOAD_LIMIT;
        String session = signIn(DemoAccounts.MEMBER_DANA);
        String target = uploadTarget(session, "prospects/import");
        var filesBefore = uploadFiles();
        long readBefore = settledBytesReadByTheApplication();

        var sent = post(target, session, "text/csv", FILE_NAME, 30 * MB, false);

        long read = settledBytesReadByTheApplication() - readBefore;
        System.out.printf("prospects.csv upload of %,d bytes (chunked): the application read %,d bytes (limit %,d)%n",
                30 * MB, read, limit.bytes());
        assertThat(read).isLessThanOrEqualTo(limit.bytes() + 1 + TOMCAT_BUFFER);
        assertThat(sent.response()).startsWith("HTTP/1.1 422").contains("The file is larger than 10 MB.");
        assertThat(uploadFiles()).as("the part written is deleted").isEqualTo(filesBefore);
    }

    @Test
    void a_multipart_body_is_not_parsed_not_even_before_sign_in() throws Exception {
        String session = signIn(DemoAccounts.MEMBER_DANA);
        String target = uploadTarget(session, "network");
        long readBefore = settledBytesReadByTheApplication();
        var tomcatFilesBefore = tomcatTemporaryFiles();

        post(target, session, "multipart/form-data; boundary=xyz", "Connections.csv", BODY, false);
        // Spring Security reads request parameters of every request, the login POST among
        // them.
        post("/login", "none", "multipart/form-data; boundary=xyz", "x", BODY, true);

        long read = settledBytesReadByTheApplication() - readBefore;
        System.out.printf("two multipart bodies of %,d bytes: the application read %,d bytes%n", BODY, read);
        assertThat(read).isZero();
        assertThat(tomcatTemporaryFiles()).isEqualTo(tomcatFilesBefore);
    }

    private record Sent(long written, String response) {
    }

    /**
     * POSTs a generated body of the given size over a plain socket, stopping when the
     * server closes the connection, and returns how much went out and the response
     * (headers and body).
     */
    private Sent post(String path, String session, String contentType, String fileName, long size,
            boolean declareLength) throws Exception {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(120_000);
            var written = new AtomicLong();
            OutputStream out = socket.getOutputStream();
            Thread writer = Thread.ofPlatform().start(() -> {
                try {
                    String head = "POST /" + path.replaceFirst("^/", "") + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                            + "\r\nCookie: JSESSIONID=" + session + "\r\nContent-Type: " + contentType
                            + "\r\nX-Filename: " + fileName + "\r\n"
                            + (declareLength ? "Content-Length: " + size : "Transfer-Encoding: chunked") + "\r\n\r\n";
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk = new byte[64 * 1024];
                    Arrays.fill(chunk, (byte) 'a');
                    for (long left = size; left > 0; left -= chunk.length) {
                        int n = (int) Math.min(chunk.length, left);
                        if (!declareLength) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(chunk, 0, n);
                        if (!declareLength) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        written.addAndGet(n);
                    }
                    if (!declareLength) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                }
                catch (IOException serverClosed) {
                    // The server stopped reading and closed the connection: what the test
                    // expects.
                }
            });
            var response = new ByteArrayOutputStream();
            try (InputStream in = socket.getInputStream()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0;) {
                    response.write(buffer, 0, n);
                    if (complete(response.toString(StandardCharsets.UTF_8))) {
                        break;
                    }
                }
            }
            catch (IOException reset) {
                // A reset after the response: keep what arrived.
            }
            socket.close();
            writer.join();
            return new Sent(written.get(), response.toString(StandardCharsets.UTF_8));
        }
    }

    /** A whole response: headers, and the body its length or chunking announces. */
    private static boolean complete(String response) {
        int end = response.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        var length = Pattern.compile("(?im)^content-length: *(\\d+)").matcher(response.substring(0, end));
        if (length.find()) {
            return response.length() - end - 4 >= Integer.parseInt(length.group(1));
        }
        return !response.substring(0, end).toLowerCase().contains("chunked") || response.endsWith("0\r\n\r\n");
    }

    /**
     * The upload element's address on this route, as a browser learns it: Vaadin's
     * bootstrap request opens a UI, and its navigation event (the first UIDL request)
     * builds the view.
     */
    private String uploadTarget(String session, String route) throws Exception {
        var init = get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=", session);
        assertThat(init.statusCode()).isEqualTo(200);
        var key = SECURITY_KEY.matcher(init.body());
        assertThat(key.find()).as("the bootstrap answer has the UI's security key").isTrue();
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}";
        var uidl = http.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
            .header("Cookie", "JSESSIONID=" + session)
            .header("Content-Type", "application/json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(navigate))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uidl.statusCode()).isEqualTo(200);
        var target = UPLOAD_TARGET.matcher(uidl.body());
        assertThat(target.find())
            .as("the page has an upload: " + uidl.body().substring(0, Math.min(500, uidl.body().length())))
            .isTrue();
        return target.group();
    }

    /**
     * Body bytes the application has read from requests, as Tomcat counts them once a
     * request is done.
     */
    private long bytesReadByTheApplication() {
        var protocol = (AbstractProtocol<?>) ((TomcatWebServer) context.getWebServer()).getTomcat()
            .getConnector()
            .getProtocolHandler();
        return ((RequestGroupInfo) protocol.getHandler().getGlobal()).getBytesReceived();
    }

    /**
     * The count once the last request has been recycled (Tomcat adds a request's reads
     * when it ends).
     */
    private long settledBytesReadByTheApplication() throws InterruptedException {
        long last = -1;
        for (int i = 0; i < 50; i++) {
            long now = bytesReadByTheApplication();
            if (now == last) {
                return now;
            }
            last = now;
            Thread.sleep(100);
        }
        return last;
    }

    private List<String> connections(long memberId) {
        return jdbc.queryForList("SELECT CONCAT(person_id, ' ', company, ' ', position) FROM wi_connection"
                + " WHERE member_id = ? ORDER BY person_id", String.class, memberId);
    }

    private static List<Path> uploadFiles() throws IOException {
        return UploadFiles.named(FILE_NAME);
    }

    /** Files under Tomcat's work directory, where it writes multipart parts. */
    private List<Path> tomcatTemporaryFiles() throws IOException {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        Path base = Path.of(tomcat.getServer().getCatalinaBase().getPath());
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private String signIn(String email) throws Exception {
        return OverHttp.signIn(http, "http://localhost:" + port, email, DemoAccounts.PASSWORD);
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

}
