package vn.lopboiduong.decision.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.decision.Decision;
import vn.lopboiduong.decision.DecisionRow;
import vn.lopboiduong.decision.DecisionService;

/** Decisions, newest first, paged and filtered by the database; the one list used on /decisions and in a class. */
class DecisionGrid extends Grid<DecisionRow> {

    DecisionGrid(DecisionService decisions, Supplier<DecisionService.Filter> filter, boolean showClass) {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(DecisionRow::number).setHeader(getTranslation("decisions.number")).setSortProperty("number")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(decision -> DateFormats.format(decision.issueDate()))
                .setHeader(getTranslation("decisions.issue-date")).setSortProperty("issueDate").setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(decision -> getTranslation(decision.kind().translationKey()))
                .setHeader(getTranslation("decisions.kind")).setSortProperty("kindOrder").setWidth("11em")
                .setFlexGrow(0);
        addColumn(DecisionRow::summary).setHeader(getTranslation("decisions.summary")).setFlexGrow(6);
        addColumn(DecisionRow::issuingBody).setHeader(getTranslation("decisions.issuing-body"))
                .setSortProperty("issuingBody").setFlexGrow(2);
        if (showClass) {
            addColumn(DecisionRow::concerns)
                    .setHeader(getTranslation("decisions.concerns")).setAutoWidth(true).setFlexGrow(0);
        }
        addComponentColumn(decision -> decision.hasFile()
                ? downloadLink(decisions, decision.id(), decision.number(), decision.fileName()) : new Span())
                .setHeader(getTranslation("decisions.file")).setAutoWidth(true).setFlexGrow(0);
        LazyGrids.bind(this, pageable -> decisions.list(filter.get(), pageable), () -> decisions.count(filter.get()));
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    /**
     * A link that downloads the scan. The service checks the role again when the browser asks for the file, so a
     * copied link is no way around it.
     */
    static Anchor downloadLink(DecisionService decisions, Decision decision) {
        return downloadLink(decisions, decision.requireId(), decision.getNumber(), decision.getFileName());
    }

    static Anchor downloadLink(DecisionService decisions, long id, String number, @Nullable String fileName) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> ServiceCalls
                .download(event.getUI(), () -> decisions.attachment(id))
                .map(attachment -> new DownloadResponse(new ByteArrayInputStream(attachment.content()),
                        attachment.fileName(), "application/pdf", attachment.content().length))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND))), AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.FILE_TEXT_O.create(), new Span(" PDF"));
        link.getElement().setAttribute("title", fileName == null ? "" : fileName);
        link.getElement().setAttribute("aria-label", link.getTranslation("decisions.download", number));
        link.addClassName("decision-file");
        return link;
    }
}
