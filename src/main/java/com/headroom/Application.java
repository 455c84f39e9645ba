package com.headroom;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Headroom: a team's LinkedIn prospecting log that paces outreach under LinkedIn's
 * limits.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /**
     * The tab icon on every page, the login page included: the SVG where browsers take
     * it, the ICO (16, 32 and 48 pixels of the same drawing) elsewhere and for those that
     * ask for /favicon.ico by themselves. Both are public (SecurityConfig).
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("favicon.ico", Map.of("rel", "icon", "sizes", "16x16 32x32 48x48"));
        settings.addLink("favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
    }

    /** Every service reads time from this bean, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

}
