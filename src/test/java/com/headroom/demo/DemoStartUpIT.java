package com.headroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.Application;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A start whose demo organisation cannot be loaded stops with the reason it could not:
 * the whole application on a database of its own that refuses the demo's first account.
 */
class DemoStartUpIT {

    @Test
    void a_demo_load_the_database_refuses_stops_the_start_with_the_databases_reason_not_a_duplicate_admin() {
        String database = "jdbc:h2:mem:demo-refused-" + UUID.randomUUID()
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Throwable failure = null;
        try (var context = new SpringApplicationBuilder(Application.class).run("--spring.datasource.url=" + database,
                "--spring.flyway.locations=classpath:db/migration,classpath:db/demo-admin-refused", "--server.port=0",
                "--headroom.demo-data=true", "--headroom.jobs.enabled=false", "--spring.main.banner-mode=off",
                "--logging.level.root=OFF")) {
            throw new AssertionError("Headroom started, but the database refused the demo's admin: " + context);
        }
        catch (AssertionError e) {
            throw e;
        }
        catch (Throwable refused) {
            failure = refused;
        }
        List<String> causes = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            causes.add(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
        assertThat(causes).noneSatisfy(cause -> assertThat(cause).contains("already exists"));
        assertThat(causes).anySatisfy(cause -> assertThat(cause).contains("ck_test_refuses_demo_admin"));
    }

}
