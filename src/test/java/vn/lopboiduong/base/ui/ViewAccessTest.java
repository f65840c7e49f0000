package vn.lopboiduong.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteNotFoundError;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.lopboiduong.TestData;
import vn.lopboiduong.decision.ui.DecisionListView;
import vn.lopboiduong.home.ui.DashboardView;
import vn.lopboiduong.home.ui.MyView;
import vn.lopboiduong.klass.programme.ClassTopic;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.klass.timetable.ui.TimetableView;
import vn.lopboiduong.klass.timetable.ui.WorkloadView;
import vn.lopboiduong.klass.ui.ClassListView;
import vn.lopboiduong.klass.ui.ClassView;
import vn.lopboiduong.lecturer.ui.LecturerListView;
import vn.lopboiduong.plan.ui.PlanListView;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.program.ui.ProgramListView;
import vn.lopboiduong.security.PortalUser;
import vn.lopboiduong.security.ui.LoginView;
import vn.lopboiduong.topicplan.ui.TopicPlanQueueView;
import vn.lopboiduong.topicplan.ui.TopicPlanView;
import vn.lopboiduong.trainee.Trainee;
import vn.lopboiduong.trainee.TraineeService;
import vn.lopboiduong.trainee.ui.TraineeListView;
import vn.lopboiduong.trainee.ui.TraineeView;
import vn.lopboiduong.unit.ui.UnitView;
import vn.lopboiduong.user.ui.ProfileView;
import vn.lopboiduong.user.ui.UserListView;

/** Every route for every role, as DOMAIN.md's role table says, and the menu each role sees. */
@SpringBootTest
class ViewAccessTest extends SpringBrowserlessTest {

    private static final Map<String, Class<? extends Component>> VIEWS = Map.ofEntries(
            Map.entry("Dashboard", DashboardView.class),
            Map.entry("My", MyView.class),
            Map.entry("Users", UserListView.class),
            Map.entry("Units", UnitView.class),
            Map.entry("Profile", ProfileView.class),
            Map.entry("Denied", AccessDeniedView.class),
            Map.entry("Login", LoginView.class),
            Map.entry("Lecturers", LecturerListView.class),
            Map.entry("Plans", PlanListView.class),
            Map.entry("Classes", ClassListView.class),
            Map.entry("Programs", ProgramListView.class),
            Map.entry("Decisions", DecisionListView.class),
            Map.entry("Timetable", TimetableView.class),
            Map.entry("Workload", WorkloadView.class),
            Map.entry("Class", ClassView.class),
            Map.entry("Queue", TopicPlanQueueView.class),
            Map.entry("Trainees", TraineeListView.class),
            Map.entry("Trainee", TraineeView.class),
            Map.entry("Plan", TopicPlanView.class),
            Map.entry("NotFound", RouteNotFoundError.class));

    @Autowired
    TestData data;

    @Autowired
    ClassTopicService programme;

    @Autowired
    TraineeService trainees;

    /** Signs in as the demo account of that role (anonymous for "-"). */
    private static void signInAs(String role) {
        if ("-".equals(role)) {
            SecurityContextHolder.clearContext();
            return;
        }
        String username = role.toLowerCase();
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role));
        var principal = new PortalUser(username, "", true, username, authorities);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0} opens /{1}: {2}")
    @CsvSource({
        "ADMIN, '', Dashboard", "ORGANIZER, '', Dashboard", "VIEWER, '', Dashboard", "LECTURER, '', My",
        "-, '', Login",
        "ADMIN, my, Denied", "ORGANIZER, my, Denied", "VIEWER, my, Denied", "LECTURER, my, My", "-, my, Login",
        "ADMIN, users, Users", "ORGANIZER, users, Denied", "VIEWER, users, Denied", "LECTURER, users, Denied",
        "-, users, Login",
        "ADMIN, units, Units", "ORGANIZER, units, Units", "VIEWER, units, Denied", "LECTURER, units, Denied",
        "-, units, Login",
        "ADMIN, profile, Profile", "ORGANIZER, profile, Profile", "VIEWER, profile, Profile",
        "LECTURER, profile, Profile", "-, profile, Login",
        "ADMIN, lecturers, Lecturers", "ORGANIZER, lecturers, Lecturers", "VIEWER, lecturers, Lecturers",
        "LECTURER, lecturers, Lecturers", "-, lecturers, Login",
        "ADMIN, plans, Plans", "ORGANIZER, plans, Plans", "VIEWER, plans, Plans", "LECTURER, plans, Denied",
        "-, plans, Login",
        "ADMIN, classes, Classes", "ORGANIZER, classes, Classes", "VIEWER, classes, Classes",
        "LECTURER, classes, Classes", "-, classes, Login",
        "ADMIN, programs, Programs", "ORGANIZER, programs, Programs", "VIEWER, programs, Programs",
        "LECTURER, programs, Denied", "-, programs, Login",
        "ADMIN, decisions, Decisions", "ORGANIZER, decisions, Decisions", "VIEWER, decisions, Decisions",
        "LECTURER, decisions, Denied", "-, decisions, Login",
        "ADMIN, timetable, Timetable", "ORGANIZER, timetable, Timetable", "VIEWER, timetable, Timetable",
        "LECTURER, timetable, Timetable", "-, timetable, Login",
        "ADMIN, lecturers/workload, Workload", "ORGANIZER, lecturers/workload, Workload",
        "VIEWER, lecturers/workload, Workload", "LECTURER, lecturers/workload, Denied",
        "-, lecturers/workload, Login",
        "ADMIN, topic-plans, Queue", "ORGANIZER, topic-plans, Queue", "VIEWER, topic-plans, Queue",
        "LECTURER, topic-plans, Denied", "-, topic-plans, Login",
        "ADMIN, trainees, Trainees", "ORGANIZER, trainees, Trainees", "VIEWER, trainees, Trainees",
        "LECTURER, trainees, Denied", "-, trainees, Login",
        "ADMIN, login, Dashboard", "LECTURER, login, My", "-, login, Login"
    })
    void routeAccessFollowsTheRoleTable(String role, String route, String expected) {
        signInAs(role);
        navigate(route, Component.class);
        assertThat(getCurrentView()).isInstanceOf(VIEWS.get(expected));
    }

    /**
     * Every tab of a class page has its address; a lecturer opens the tabs of a class they teach (Việt Trì 2025)
     * but no decisions, and no tab of a class they do not teach, which is simply not found for them.
     */
    @ParameterizedTest(name = "{0} opens /classes/{1}/{2}: {3}")
    @CsvSource({
        "ADMIN, taught, '', Class", "ADMIN, taught, board, Class", "ADMIN, taught, programme, Class",
        "ADMIN, taught, timetable, Class", "ADMIN, taught, decisions, Class", "ADMIN, taught, nothing, NotFound",
        "ORGANIZER, taught, decisions, Class", "VIEWER, taught, timetable, Class", "VIEWER, taught, decisions, Class",
        "LECTURER, taught, '', Class", "LECTURER, taught, programme, Class", "LECTURER, taught, timetable, Class",
        "LECTURER, taught, board, Class", "LECTURER, taught, decisions, NotFound",
        "ADMIN, taught, trainees, Class", "VIEWER, taught, trainees, Class", "LECTURER, taught, trainees, Class",
        "LECTURER, other, trainees, NotFound", "-, taught, trainees, Login",
        "ADMIN, taught, topic-plans, Class", "ORGANIZER, taught, topic-plans, Class",
        "VIEWER, taught, topic-plans, Class", "LECTURER, taught, topic-plans, Class",
        "LECTURER, other, topic-plans, NotFound", "-, taught, topic-plans, Login",
        "LECTURER, other, '', NotFound", "LECTURER, other, programme, NotFound", "LECTURER, other, timetable, NotFound",
        "-, taught, programme, Login"
    })
    void classTabsHaveTheirAddressAndFollowTheRoleTable(String role, String which, String tab, String expected) {
        signInAs("ORGANIZER");
        long classId = "taught".equals(which) ? data.classId("NVCTD-VT-2025-I")
                : data.newClass("VA", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2), null);
        signInAs(role);
        navigate("classes/" + classId + (tab.isEmpty() ? "" : "/" + tab), Component.class);
        assertThat(getCurrentView()).isInstanceOf(VIEWS.get(expected));
    }

    /**
     * A topic's plan opens at {@code /my/topics/{id}} and {@code /topic-plans/{id}} for everyone who reads the
     * topic; a lecturer typing the id of a topic they do not teach finds nothing, as for a missing one.
     */
    @ParameterizedTest(name = "{0} opens /{2}/{1}: {3}")
    @CsvSource({
        "LECTURER, own, my/topics, Plan", "LECTURER, own, topic-plans, Plan", "LECTURER, other, my/topics, NotFound",
        "LECTURER, other, topic-plans, NotFound", "ADMIN, other, topic-plans, Plan", "ORGANIZER, own, my/topics, Plan",
        "VIEWER, other, topic-plans, Plan", "ADMIN, missing, topic-plans, NotFound", "-, own, my/topics, Login"
    })
    void aPlanOpensForItsReadersOnly(String role, String which, String route, String expected) {
        signInAs("ORGANIZER");
        long classId = data.newClass("VP", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2), null);
        long topicId = switch (which) {
            case "own" -> programme.addTopic(classId, new ClassTopic("Công tác đảng viên", null, TopicKind.LECTURE,
                    5), data.lecturerId("hoang minh tuan")).requireId();
            case "other" -> programme.addTopic(classId, new ClassTopic("Công tác dân vận", null, TopicKind.LECTURE,
                    5), data.lecturerId("le thi hong nhung")).requireId();
            default -> Long.MAX_VALUE - 1;
        };
        signInAs(role);
        navigate(route + "/" + topicId, Component.class);
        assertThat(getCurrentView()).isInstanceOf(VIEWS.get(expected));
    }

    /** A person's page: the committee and leaders open it; lecturers have no registry; a missing id is not found. */
    @ParameterizedTest(name = "{0} opens /trainees/{1}: {2}")
    @CsvSource({"ADMIN, stored, Trainee", "ORGANIZER, stored, Trainee", "VIEWER, stored, Trainee",
        "LECTURER, stored, Denied", "-, stored, Login", "ADMIN, missing, NotFound"})
    void aPersonsPageFollowsTheRoleTable(String role, String which, String expected) {
        signInAs("ORGANIZER");
        long id = "stored".equals(which) ? trainees.create(new Trainee("Người Thử Quyền " + System.nanoTime()),
                TraineeService.Links.none(), true).requireId() : Long.MAX_VALUE - 1;
        signInAs(role);
        navigate("trainees/" + id, Component.class);
        assertThat(getCurrentView()).isInstanceOf(VIEWS.get(expected));
    }

    @ParameterizedTest(name = "{0} sees the menu {1}")
    @CsvSource(delimiter = ';', value = {
        "ADMIN; Tổng quan|Kế hoạch|Quyết định|Chương trình|Lớp bồi dưỡng|Học viên|Duyệt đề cương|Lịch học|Giảng viên|Đơn vị"
                + "|Tài khoản",
        "ORGANIZER; Tổng quan|Kế hoạch|Quyết định|Chương trình|Lớp bồi dưỡng|Học viên|Duyệt đề cương|Lịch học|Giảng viên"
                + "|Đơn vị",
        "VIEWER; Tổng quan|Kế hoạch|Quyết định|Chương trình|Lớp bồi dưỡng|Học viên|Duyệt đề cương|Lịch học|Giảng viên",
        "LECTURER; Trang của tôi|Lớp bồi dưỡng|Lịch học|Giảng viên"
    })
    void eachRoleSeesExactlyItsMenu(String role, String expectedMenu) {
        signInAs(role);
        navigate("profile", ProfileView.class);
        List<String> labels = find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).containsExactly(expectedMenu.split("\\|"));
    }
}
