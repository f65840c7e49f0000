package vn.lopboiduong.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithMockUser;

/** Unexpected errors reach the page as a plain message and a reference; the log has the reference and the trace. */
@SpringBootTest
@WithMockUser(username = "viewer", roles = "VIEWER")
@ExtendWith(OutputCaptureExtension.class)
class ErrorViewsTest extends SpringBrowserlessTest {

    private static final String SECRET = "SELECT password_hash FROM app_user";

    @Test
    void theErrorPageShowsAReferenceButNoInternals(CapturedOutput output) {
        var view = new InternalErrorView();
        int status = view.setErrorParameter(mock(BeforeEnterEvent.class),
                new ErrorParameter<>(Exception.class, new IllegalStateException(SECRET)));

        String page = view.getElement().getTextRecursively();
        assertThat(status).isEqualTo(500);
        assertThat(view.reference()).matches("[0-9A-F]{4}-[0-9A-F]{4}");
        assertThat(page).contains("Đã xảy ra lỗi ngoài dự kiến").contains(view.reference())
                .doesNotContain("IllegalStateException").doesNotContain("SELECT");
        assertThat(output.getOut()).contains("Unexpected error, reference " + view.reference())
                .contains("IllegalStateException: " + SECRET);
    }

    @Test
    void theErrorPageIsTheOneVaadinUsesForUnexpectedErrors() {
        var registry = ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext());
        assertThat(registry.getErrorNavigationTarget(new IllegalStateException(SECRET)))
                .hasValueSatisfying(entry -> assertThat(entry.getNavigationTarget())
                        .isEqualTo(InternalErrorView.class));
    }

    @Test
    void aListenerErrorBecomesANotificationWithAReference(CapturedOutput output) {
        navigate("profile", Component.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException(SECRET)));

        String text = test(find(Notification.class).last()).getText();
        assertThat(text).startsWith("Đã xảy ra lỗi ngoài dự kiến").doesNotContain("SELECT")
                .doesNotContain("IllegalStateException");
        String reference = text.replaceAll(".*: ([0-9A-F]{4}-[0-9A-F]{4})\\.$", "$1");
        assertThat(output.getOut()).contains("Unexpected error, reference " + reference);
    }

    @Test
    void theNoAccessPageKeepsTheMenu() {
        navigate("users", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(find(SideNav.class).all()).isNotEmpty();
        assertThat(((Component) getCurrentView()).getParent()).containsInstanceOf(MainLayout.class);
    }
}
