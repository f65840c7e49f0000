package vn.lopboiduong.topicplan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.BiFunction;
import java.util.Locale;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.topicplan.TopicPlanExport;
import vn.lopboiduong.topicplan.TopicPlanService.Download;

/**
 * Links that download printed plans. The service checks the user again when the browser asks for the file, so a
 * copied link is no way around the rules; a refusal reaches the page as a message.
 */
final class TopicPlanPrint {

    private TopicPlanPrint() {
    }

    /** One plan as a PDF, in the reader's language. */
    static Anchor planPdfLink(TopicPlanExport export, long topicId) {
        return link(export::planPdf, topicId, "topic-plans.pdf.plan");
    }

    /** All approved plans of a class as one PDF, for the class file. */
    static Anchor classPdfLink(TopicPlanExport export, long classId) {
        return link(export::classPlansPdf, classId, "topic-plans.pdf.class");
    }

    private static Anchor link(BiFunction<Long, Locale, Download> print, long id, String labelKey) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> ServiceCalls
                .download(event.getUI(), () -> print.apply(id, event.getUI().getLocale()))
                .map(file -> new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        "application/pdf", file.content().length))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND))), AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.FILE_TEXT_O.create(), new Span(" " + link.getTranslation(labelKey)));
        link.addClassName("plan-pdf-link");
        return link;
    }
}
