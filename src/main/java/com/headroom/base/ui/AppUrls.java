package com.headroom.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute addresses of Headroom pages, for links people send to each other. */
public final class AppUrls {

    private AppUrls() {
    }

    /** The address of a path below the application, as the current request reached it. */
    public static String absolute(String path) {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/" + path;
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
            .path("/" + path)
            .build()
            .toUriString();
    }

}
