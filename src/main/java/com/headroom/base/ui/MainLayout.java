package com.headroom.base.ui;

import com.headroom.base.SignedInHeader;
import com.headroom.security.HeadroomUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The frame around every signed-in screen. The side navigation is built from the views'
 * {@code @Menu} entries, which Vaadin filters to those the user's roles may open (once
 * for each set of roles: {@link MenuEntriesByRole}); the layout never names a view.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(AuthenticationContext authenticationContext, SignedInHeader.Source headerSource,
            MenuEntriesByRole menuEntries) {
        setPrimarySection(Section.DRAWER);

        var brand = new Div(VaadinIcon.TRENDING_UP.create(), new Span("Headroom"));
        brand.addClassName("brand");
        addToDrawer(brand, new Scroller(createSideNav(menuEntries.forSignedIn(authenticationContext))));

        viewTitle.addClassName("view-title");
        var user = authenticationContext.getAuthenticatedUser(HeadroomUser.class).orElseThrow();
        addToNavbar(new DrawerToggle(), viewTitle, createUserBox(user, headerSource, authenticationContext));
    }

    private static SideNav createSideNav(List<MenuEntry> entries) {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        entries.forEach(entry -> nav.addItem(createItem(entry)));
        return nav;
    }

    private static SideNavItem createItem(MenuEntry entry) {
        return entry.icon() == null ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    private static Component createUserBox(HeadroomUser user, SignedInHeader.Source headerSource,
            AuthenticationContext authenticationContext) {
        SignedInHeader header = headerSource.forAccount(user.accountId());
        var name = new Span(header.name());
        name.addClassName("user-name");
        var seat = new Span(header.seat());
        seat.addClassName("user-seat");
        var text = new Div(name, seat);
        text.addClassName("user-text");

        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var avatar = new Avatar(header.name());
        var item = menu.addItem(avatar);
        item.setAriaLabel("Account menu");
        // On a phone the name and seat beside the avatar are hidden: the menu says who is
        // signed in.
        var who = item.getSubMenu().addItem(header.name() + (header.seat().isBlank() ? "" : " · " + header.seat()));
        who.setEnabled(false);
        who.addClassName("menu-who");
        item.getSubMenu().addItem("My account", e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("account")));
        item.getSubMenu().addItem("Sign out", e -> authenticationContext.logout());

        var box = new Div(text, menu);
        box.addClassName("user-box");
        return box;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }

}
