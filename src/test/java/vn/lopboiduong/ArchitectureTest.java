package vn.lopboiduong;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Set;

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

    /** The feature packages: all of vn.lopboiduong but the shared foundation ({@code base}, {@code security}). */
    private static final String[] FEATURES = {"vn.lopboiduong.user..", "vn.lopboiduong.unit..",
        "vn.lopboiduong.lecturer..", "vn.lopboiduong.plan..", "vn.lopboiduong.program..", "vn.lopboiduong.klass..",
        "vn.lopboiduong.decision..", "vn.lopboiduong.home..", "vn.lopboiduong.demo..", "vn.lopboiduong.topicplan..",
        "vn.lopboiduong.trainee..", "vn.lopboiduong.enrollment.."};

    @Test
    void nothingButTheDemoDependsOnTopicPlans() {
        // Topic plans are built on classes, programmes and lecturers; none of those may need them back.
        noClasses().that().resideOutsideOfPackages("vn.lopboiduong.topicplan..", "vn.lopboiduong.demo..")
                .should().dependOnClassesThat().resideInAPackage("vn.lopboiduong.topicplan..")
                .check(classes);
    }

    @Test
    void everyPackageIsAFeatureOrTheFoundation() {
        // A new feature package must be added to FEATURES, or the rule below would not see it.
        classes().that().resideOutsideOfPackages("vn.lopboiduong.base..", "vn.lopboiduong.security..")
                .and().doNotHaveFullyQualifiedName("vn.lopboiduong.Application")
                .should().resideInAnyPackage(FEATURES).check(classes);
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
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
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

    /**
     * Services that are not called by a signed-in user's action: the sign-in itself and the start-up checks.
     * Each entry says why it carries no role.
     */
    private static final Set<String> UNSECURED_SERVICE_METHODS = Set.of(
            // Spring Security calls it to sign someone in: there is no user yet.
            "vn.lopboiduong.user.AccountDetailsService.loadUserByUsername",
            // The start-up check for a first administrator runs before anyone signs in.
            "vn.lopboiduong.user.UserService.hasActiveAdmin",
            // Listens to Spring Security's own sign-in event.
            "vn.lopboiduong.user.UserService.recordSignIn");

    /** Sign-in and lock-out internals run for a user who has not signed in yet; they are the login's, not a role's. */
    private static final String SIGN_IN_SERVICE = "vn.lopboiduong.security.LoginAttemptService";

    @Test
    void everyPublicServiceMethodDeclaresWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic()
                // Method security cannot guard a static method; a static one must read no data.
                .and().areNotStatic()
                .and().areDeclaredInClassesThat().areNotAnnotatedWith(PreAuthorize.class)
                .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(SIGN_IN_SERVICE)
                .and(new DescribedPredicate<JavaMethod>("not on the allow-list") {
                    @Override
                    public boolean test(JavaMethod method) {
                        return !UNSECURED_SERVICE_METHODS.contains(
                                method.getOwner().getName() + "." + method.getName());
                    }
                })
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(classes);
    }

    @Test
    void todayComesFromTheInjectedClock() {
        noClasses().should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Year.class, "now")
                .because("\"today\" comes from the injected java.time.Clock, so tests and time zones agree")
                .check(classes);
    }
}
