package com.headroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/** The layout rules of DESIGN.md, enforced: a failure here fails the build. */
class ArchitectureTest {

    private static JavaClasses classes;

    /**
     * Headroom's own packages. Flyway's Java migrations ({@code db.migration}) are not
     * among them: they run on Flyway's JDBC connection before there is a Spring context
     * or a Clock.
     */
    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.headroom");
    }

    @Test
    void feature_modules_have_no_cycles_and_use_only_each_others_api() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .because("views go through a feature's service, which checks permissions and rules")
            .check(classes);
    }

    @Test
    void views_are_package_private() {
        classes().that()
            .areAnnotatedWith(Route.class)
            .and()
            .doNotHaveSimpleName("LoginView")
            .should()
            .notBePublic()
            .because("a feature's views are reached by route, not by other packages (the login view is"
                    + " named by the security configuration)")
            .check(classes);
    }

    @Test
    void security_depends_on_no_feature() {
        noClasses().that()
            .resideInAPackage("com.headroom.security..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.headroom.base..", "com.headroom.team..", "com.headroom.tier..",
                    "com.headroom.demo..", "com.headroom.prospect..", "com.headroom.outreach..",
                    "com.headroom.content..", "com.headroom.warmintro..", "com.headroom.email..",
                    "com.headroom.dashboard..")
            .check(classes);
    }

    /**
     * SQL lives in stores (docs/decisions/0001-persistence.md); ShedLock's provider is
     * configuration.
     */
    @Test
    void only_stores_use_jdbc() {
        noClasses().that()
            .haveSimpleNameNotEndingWith("Store")
            .and()
            .resideOutsideOfPackage("com.headroom.demo..")
            .and()
            .doNotHaveFullyQualifiedName("com.headroom.base.SchedulingConfig")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
            .because("SQL lives in *Store classes (docs/decisions/0001-persistence.md)")
            .check(classes);
    }

    @Test
    void nothing_depends_on_the_managers_dashboard() {
        noClasses().that()
            .resideOutsideOfPackage("com.headroom.dashboard..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.headroom.dashboard..")
            .because("the dashboard reads the other features; they must work without it (DESIGN.md)")
            .check(classes);
    }

    @Test
    void time_comes_from_the_injected_clock() {
        noClasses().should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .because("tests move time through the Clock bean")
            .check(classes);
    }

}
