package com.headroom.base;

import com.vaadin.flow.server.VaadinRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client address of the request this thread is answering, for the audit log: the real
 * client behind the proxy (server.forward-headers-strategy=native), or null outside a
 * request (a job).
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static @Nullable String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        // Vaadin's own requests (a button click) when no Spring request context is bound.
        var vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? null : vaadin.getRemoteAddr();
    }

}
