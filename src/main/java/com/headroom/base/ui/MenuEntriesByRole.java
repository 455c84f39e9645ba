package com.headroom.base.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The side navigation's entries, worked out once for each set of roles. Vaadin works them
 * out anew for every new UI, and checks each route through a service lookup that searches
 * the class path every time: some 5 ms of CPU each time anyone opened the app, a third of
 * the first page's work. Which screens a role may open does not change while the app runs
 * (they are the views' annotations).
 */
@Component
class MenuEntriesByRole {

    private final Map<Set<String>, List<MenuEntry>> byRoles = new ConcurrentHashMap<>();

    List<MenuEntry> forSignedIn(AuthenticationContext authenticationContext) {
        Set<String> roles = authenticationContext.getGrantedAuthorities()
            .stream()
            .map(GrantedAuthority::getAuthority)
            .collect(Collectors.toUnmodifiableSet());
        return byRoles.computeIfAbsent(roles, any -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }

}
