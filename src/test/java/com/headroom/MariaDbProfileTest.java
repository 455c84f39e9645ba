package com.headroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The production profile names its database account; it never falls back to root with no
 * password.
 */
class MariaDbProfileTest {

    @Test
    void without_an_account_in_the_environment_the_mariadb_profile_does_not_resolve_one() throws IOException {
        var environment = environmentWith(Map.of());
        assertThatThrownBy(() -> environment.getProperty("spring.datasource.username"))
            .hasMessageContaining("MARIADB_USER");
        assertThatThrownBy(() -> environment.getProperty("spring.datasource.password"))
            .hasMessageContaining("MARIADB_PASSWORD");
    }

    @Test
    void the_account_the_operator_names_is_used_and_an_empty_password_only_when_set_so() throws IOException {
        var environment = environmentWith(Map.of("MARIADB_USER", "headroom", "MARIADB_PASSWORD", ""));
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("headroom");
        assertThat(environment.getProperty("spring.datasource.password")).isEmpty();
    }

    private static StandardEnvironment environmentWith(Map<String, Object> variables) throws IOException {
        var environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        new PropertiesPropertySourceLoader().load("mariadb", new ClassPathResource("application-mariadb.properties"))
            .forEach(environment.getPropertySources()::addLast);
        return environment;
    }

}
