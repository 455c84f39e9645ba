package com.headroom;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.headroom.security.HeadroomUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Drives the real views in the real Spring context, without a browser. {@link #login}
 * signs a stored account in the way Spring Security would after the login form.
 */
@HeadroomTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("com.headroom");
            // Karibu's scan sees public classes only; Headroom's views are
            // package-private.
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
            for (var candidate : scanner.findCandidateComponents("com.headroom")) {
                routes.getRoutes().add(loadView(candidate.getBeanClassName()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Component> loadView(String className) {
        try {
            return (Class<? extends Component>) Class.forName(className);
        }
        catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as the stored account with this e-mail and returns its principal. */
    protected HeadroomUser login(String email) {
        var user = (HeadroomUser) userDetailsService.loadUserByUsername(email);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        // Vaadin's navigation access checker reads the request, not only the security
        // context.
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.role().grantedRoles().contains(role));
        return user;
    }

    protected void navigate(String path) {
        UI.getCurrent().navigate(path);
    }

    /** The texts of the toasts on screen. */
    protected static List<String> notificationTexts() {
        return NotificationsKt.getNotifications()
            .stream()
            .map(notification -> notification.getElement().getProperty("text", ""))
            .toList();
    }

}
