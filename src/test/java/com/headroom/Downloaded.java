package com.headroom;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What a download link of the page in a Karibu test sends: its handler run the way Vaadin
 * runs it ({@code ElementRequestHandler.handleRequest}), against a response stream that
 * behaves like a servlet container's: once closed, writing or flushing it fails with
 * "Stream closed". After the handler returns, the stream is flushed and closed as the
 * container does; a handler that closed Vaadin's stream (or left a writer to flush into a
 * closed one) fails here as it does in the log.
 *
 * @param closedByHandler whether the handler closed the response stream itself (it must
 * not)
 */
public record Downloaded(byte[] bytes, String contentType, Map<String, String> headers, boolean closedByHandler) {

    /** Runs the handler behind the link (the page must be showing it). */
    public static Downloaded from(Anchor link) throws IOException {
        var session = VaadinSession.getCurrent();
        var resource = session.getResourceRegistry()
            .getResource(URI.create(link.getHref()))
            .orElseThrow(() -> new AssertionError("No download registered at " + link.getHref()));
        var download = (StreamResourceRegistry.ElementStreamResource) resource;
        var stream = new ContainerStream();
        var headers = new HashMap<String, String>();
        String[] contentType = { null };
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(stream);
        when(response.getService()).thenReturn(VaadinService.getCurrent());
        doAnswer(call -> headers.put(call.getArgument(0), call.getArgument(1))).when(response)
            .setHeader(anyString(), anyString());
        doAnswer(call -> contentType[0] = call.getArgument(0)).when(response).setContentType(anyString());
        download.getElementRequestHandler()
            .handleRequest(mock(VaadinRequest.class), response, session, download.getOwner());
        boolean closedByHandler = stream.closed;
        stream.flush(); // what the container does once the handler is done
        stream.close();
        return new Downloaded(stream.written.toByteArray(), contentType[0], headers, closedByHandler);
    }

    /** The bytes as UTF-8 text, without the byte-order mark. */
    public String text() {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * A servlet response stream: usable until closed, then "Stream closed" on every write
     * or flush.
     */
    private static final class ContainerStream extends OutputStream {

        private final ByteArrayOutputStream written = new ByteArrayOutputStream();

        private boolean closed;

        @Override
        public void write(int b) throws IOException {
            open();
            written.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            open();
            written.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            open();
        }

        @Override
        public void close() {
            closed = true;
        }

        private void open() throws IOException {
            if (closed) {
                throw new IOException("Stream closed");
            }
        }

    }
}
