package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown, inside the main layout, when opening a page fails unexpectedly: a plain apology and a reference that is
 * also in the log with the stack trace. Replaces Vaadin's own error page, which shows the exception.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class InternalErrorView extends Div implements HasErrorParameter<Exception> {

    private String reference = "";

    public InternalErrorView() {
        addClassName("internal-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        reference = ErrorReference.log(parameter.getCaughtException());
        removeAll();
        add(new H2(getTranslation("error.unexpected.title")),
                new Paragraph(getTranslation("error.unexpected.message", reference)),
                new Anchor("", getTranslation("error.go-home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    String reference() {
        return reference;
    }
}
