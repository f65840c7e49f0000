package vn.lopboiduong;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** The package rules of STYLE.md, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.lopboiduong");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("vn.lopboiduong.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void classSubFeaturesHaveNoCyclesAndTheClassDoesNotDependOnThem() {
        slices().matching("vn.lopboiduong.klass.(*)..").should().beFreeOfCycles().check(classes);
        // The class page and service reach their programme, timetable and board only through beans of those
        // packages that implement the class's own interfaces (ClassTab and the like).
        noClasses().that().resideInAnyPackage("vn.lopboiduong.klass", "vn.lopboiduong.klass.ui")
                .should().dependOnClassesThat().resideInAnyPackage("vn.lopboiduong.klass.programme..",
                        "vn.lopboiduong.klass.timetable..", "vn.lopboiduong.klass.board..")
                .check(classes);
    }

    @Test
    void foundationDoesNotDependOnFeatures() {
        noClasses().that().resideInAnyPackage("vn.lopboiduong.base..", "vn.lopboiduong.security..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.lopboiduong.user..",
                        "vn.lopboiduong.unit..", "vn.lopboiduong.home..", "vn.lopboiduong.demo..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.lopboiduong.security..")
                .should().dependOnClassesThat().resideInAPackage("vn.lopboiduong.base..")
                .check(classes);
    }

    @Test
    void domainDependsOnNeitherServicesNorUi() {
        noClasses().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().dependOnClassesThat().areAnnotatedWith(Service.class)
                .orShould().dependOnClassesThat().resideInAPackage("..ui..")
                .orShould().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(classes);
    }

    @Test
    void servicesDoNotDependOnUi() {
        noClasses().that().areAnnotatedWith(Service.class)
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .orShould().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .check(classes);
    }

    @Test
    void repositoriesAreUsedOnlyByServices() {
        classes().that().areAssignableTo(Repository.class)
                .should().onlyBeAccessed().byClassesThat(
                        // a repository's default method may compose its own queries
                        assignableTo(Repository.class).or(annotatedWith(Service.class)))
                .check(classes);
    }

    @Test
    void viewsDeclareWhoMayOpenThem() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(classes);
    }

    @Test
    void viewsLiveInUiPackages() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(classes);
    }
}
