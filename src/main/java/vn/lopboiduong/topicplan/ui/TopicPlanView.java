package vn.lopboiduong.topicplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.ui.Confirmations;
import vn.lopboiduong.base.ui.Notifications;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.base.ui.TextLimits;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.topicplan.AttachmentCheck;
import vn.lopboiduong.topicplan.AttachmentKind;
import vn.lopboiduong.topicplan.PlanContent;
import vn.lopboiduong.topicplan.TopicPlanExport;
import vn.lopboiduong.topicplan.TopicPlanService;
import vn.lopboiduong.topicplan.TopicPlanService.AttachmentRow;
import vn.lopboiduong.topicplan.TopicPlanService.CopySource;
import vn.lopboiduong.topicplan.TopicPlanService.PlanView;
import vn.lopboiduong.topicplan.TopicPlanService.StepRow;
import vn.lopboiduong.topicplan.TopicPlanService.TopicInfo;
import vn.lopboiduong.topicplan.TopicPlanService.VersionView;
import vn.lopboiduong.topicplan.TopicPlanStatus;

/**
 * One topic's plan (đề cương): its lecturer writes it, attaches the full text and slides, and submits it; the
 * committee reads it beside the version approved before, approves it or returns it with a comment; leaders read it.
 * Lecturers open it as {@code /my/topics/{id}}, everyone else as {@code /topic-plans/{id}}; what the page offers
 * follows {@link TopicPlanService.Actions}, and the service refuses the rest (a topic the user may not read is not
 * found, exactly like a missing one).
 */
@Route(TopicPlanView.LECTURER_ROUTE + "/:" + TopicPlanView.ID + "(\\d+)")
@RouteAlias("topic-plans/:" + TopicPlanView.ID + "(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.VIEWER, Roles.LECTURER})
public class TopicPlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String LECTURER_ROUTE = "my/topics";
    static final String ID = "topicId";

    private final TopicPlanService plans;
    private final TopicPlanExport export;

    final Div header = new Div();
    final Div notices = new Div();
    final HorizontalLayout actions = new HorizontalLayout();
    final Button save = new Button();
    final Button submit = new Button();
    final Button revise = new Button();
    final Button copy = new Button();
    final Button fromProgramme = new Button();
    final Button approve = new Button();
    final Button returnPlan = new Button();
    final Button compareToggle = new Button();
    final Div body = new Div();
    final Div attachments = new Div();
    final Grid<StepRow> history = new Grid<>();
    final Grid<VersionView> versions = new Grid<>();
    @Nullable PlanForm form;
    private @Nullable PlanView plan;
    private boolean comparing;

    TopicPlanView(TopicPlanService plans, TopicPlanExport export) {
        this.plans = plans;
        this.export = export;
        addClassName("topic-plan-view");
        header.addClassName("plan-header");
        notices.addClassName("plan-notices");
        actions.addClassName("plan-actions");
        actions.setWrap(true);
        body.addClassName("plan-body");
        attachments.addClassName("plan-attachments");
        configureButtons();
        configureHistory();
    }

    /** Opens a topic's plan at the address the signed-in user's role uses. */
    public static void open(long topicId) {
        UI.getCurrent().navigate(location(topicId));
    }

    /** The plan page's address for the signed-in user: {@code my/topics/{id}} for a lecturer, else the queue's. */
    public static String location(long topicId) {
        return (CurrentUser.isLecturerOnly() ? LECTURER_ROUTE : "topic-plans") + "/" + topicId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long topicId = event.getRouteParameters().getLong(ID).orElse(-1L);
        try {
            show(plans.plan(topicId));
        } catch (BusinessException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
        }
    }

    @Override
    public String getPageTitle() {
        return plan == null ? getTranslation("topic-plans.page.title")
                : getTranslation("topic-plans.page.title") + " – " + plan.topic().title();
    }

    // ---------------------------------------------------------------- showing the plan

    private void show(PlanView shown) {
        this.plan = shown;
        removeAll();
        List<StepRow> steps = plans.history(shown.topic().topicId());
        List<VersionView> allVersions = plans.versions(shown.topic().topicId());
        showHeader(shown);
        showNotices(shown, steps);
        showActions(shown);
        var form = new PlanForm(shown.topic().periods());
        VersionView working = shown.working();
        form.read(working == null ? PlanContent.empty() : working.content());
        form.setReadOnly(!shown.actions().edit());
        this.form = form;
        body.removeAll();
        body.getElement().getClassList().remove("plan-compare");
        VersionView previous = previousApproved(shown, allVersions);
        compareToggle.setVisible(previous != null);
        if (previous != null && (comparing || working != null && working.status() == TopicPlanStatus.SUBMITTED)) {
            comparing = true;
            showComparison(form, working, previous);
        } else {
            body.add(form);
        }
        compareToggle.setText(getTranslation(comparing ? "topic-plans.compare.hide" : "topic-plans.compare.show",
                previous == null ? "" : previous.number()));
        showAttachments(shown);
        history.setItems(steps);
        versions.setItems(allVersions);
        var historyCard = new Div(new H3(getTranslation("topic-plans.history")), history,
                new H3(getTranslation("topic-plans.versions")), versions);
        historyCard.addClassName("card");
        historyCard.addClassName("plan-history");
        add(header, notices, actions, body, attachments, historyCard);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private void showHeader(PlanView shown) {
        TopicInfo topic = shown.topic();
        header.removeAll();
        var title = new H2(topic.title());
        title.addClassName("plan-title");
        var classLink = new Anchor("classes/" + topic.classId() + "/topic-plans",
                topic.className() + " (" + topic.classCode() + ")");
        classLink.addClassName("plan-class");
        var facts = new Div();
        facts.addClassName("plan-facts");
        facts.add(fact("topic-plans.class.kind", getTranslation(topic.kind().translationKey())),
                fact("topic-plans.class.periods", String.valueOf(topic.periods())),
                fact("topic-plans.class.lecturer", topic.lecturerName() == null
                        ? getTranslation("topic-plans.page.no-lecturer") : topic.lecturerName()));
        VersionView working = shown.working();
        var status = new Div(PlanStatusBadge.of(working == null ? null : working.status()));
        status.addClassName("plan-fact");
        if (working != null) {
            status.add(new Span(" " + getTranslation("topic-plans.page.version", working.number())));
        }
        facts.add(status);
        facts.add(shown.deadline() == null
                ? fact("topic-plans.class.deadline", getTranslation("topic-plans.page.no-deadline"))
                : fact("topic-plans.class.deadline", PlanStatusBadge.deadline(shown.deadline(), shown.overdue())));
        header.add(title, classLink, facts);
    }

    private Div fact(String labelKey, String value) {
        return fact(labelKey, new Span(value));
    }

    private Div fact(String labelKey, Component value) {
        var label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("plan-fact-label");
        var fact = new Div(label, value);
        fact.addClassName("plan-fact");
        return fact;
    }

    private void showNotices(PlanView shown, List<StepRow> steps) {
        notices.removeAll();
        VersionView working = shown.working();
        VersionView inForce = shown.inForce();
        if (working != null && working.status() == TopicPlanStatus.RETURNED && working.reviewComment() != null) {
            notices.add(notice("plan-notice-returned", getTranslation("topic-plans.page.returned",
                    reviewer(steps, working), DateFormats.format(working.reviewedAt())),
                    working.reviewComment()));
        }
        if (working != null && working.status() == TopicPlanStatus.SUBMITTED) {
            notices.add(notice("plan-notice-submitted", getTranslation("topic-plans.page.submitted",
                    DateFormats.format(working.submittedAt())), null));
        }
        if (inForce != null && working != null && inForce.id() != working.id()) {
            notices.add(notice("plan-notice-in-force", getTranslation("topic-plans.page.in-force",
                    inForce.number()), null));
        }
        if (working != null && working.status() == TopicPlanStatus.APPROVED && working.reviewComment() != null) {
            notices.add(notice("plan-notice-approved", getTranslation("topic-plans.page.approved-comment"),
                    working.reviewComment()));
        }
        if (!shown.topic().lecturerHasAccount() && CurrentUser.isCommittee()) {
            notices.add(notice("plan-notice-guest", getTranslation("topic-plans.page.guest"), null));
        }
    }

    /** Who reviewed the version, by name as the history keeps it. */
    private static String reviewer(List<StepRow> steps, VersionView version) {
        return steps.stream().filter(step -> step.versionNumber() == version.number() && step.to() == version.status())
                .reduce((first, second) -> second).map(StepRow::actorName)
                .orElse(version.reviewedBy() == null ? "" : version.reviewedBy());
    }

    private static Div notice(String className, String text, @Nullable String quote) {
        var notice = new Div(new Paragraph(text));
        if (quote != null) {
            var comment = new Paragraph(quote);
            comment.addClassName("plan-notice-quote");
            notice.add(comment);
        }
        notice.addClassNames("plan-notice", className);
        return notice;
    }

    private void configureButtons() {
        save.setText(getTranslation("topic-plans.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        submit.setText(getTranslation("topic-plans.action.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> confirmSubmit());
        revise.setText(getTranslation("topic-plans.action.revise"));
        revise.addClickListener(click -> confirmRevise());
        copy.setText(getTranslation("topic-plans.action.copy"));
        copy.addClickListener(click -> chooseCopySource());
        fromProgramme.setText(getTranslation("topic-plans.action.from-programme"));
        fromProgramme.addClickListener(click -> confirmFromProgramme());
        approve.setText(getTranslation("topic-plans.action.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(click -> review(true));
        returnPlan.setText(getTranslation("topic-plans.action.return"));
        returnPlan.addThemeVariants(ButtonVariant.LUMO_ERROR);
        returnPlan.addClickListener(click -> review(false));
        compareToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        compareToggle.addClickListener(click -> {
            comparing = !comparing;
            reload();
        });
    }

    private void showActions(PlanView shown) {
        actions.removeAll();
        var can = shown.actions();
        VersionView working = shown.working();
        boolean empty = working == null || working.content().isEmpty();
        save.setVisible(can.edit());
        submit.setVisible(can.submit());
        revise.setVisible(can.revise());
        copy.setVisible(can.edit() && !plans.copySources(shown.topic().topicId()).isEmpty());
        fromProgramme.setVisible(can.edit() && shown.topic().hasProgrammeContent());
        approve.setVisible(can.review());
        returnPlan.setVisible(can.review());
        fromProgramme.getElement().setAttribute("data-empty", String.valueOf(empty));
        actions.add(save, submit, revise, copy, fromProgramme, approve, returnPlan, compareToggle);
        if (working != null) {
            actions.add(TopicPlanPrint.planPdfLink(export, shown.topic().topicId()));
        }
    }

    private static @Nullable VersionView previousApproved(PlanView shown, List<VersionView> all) {
        VersionView working = shown.working();
        if (working == null) {
            return null;
        }
        return all.stream()
                .filter(v -> v.number() < working.number() && (v.status() == TopicPlanStatus.APPROVED
                        || v.status() == TopicPlanStatus.SUPERSEDED))
                .reduce((first, second) -> second).orElse(null);
    }

    /** The working version (left) beside the approved one before it (right), changed fields marked on both. */
    private void showComparison(PlanForm form, @Nullable VersionView working, VersionView previous) {
        PlanView shown = java.util.Objects.requireNonNull(plan);
        Set<String> changed = working == null ? Set.of() : new HashSet<>(
                plans.compare(shown.topic().topicId(), working.number()).changedFields());
        form.markChanged(changed);
        var before = new PlanForm(shown.topic().periods());
        before.read(previous.content());
        before.setReadOnly(true);
        before.markChanged(changed);
        var left = new Div(new H3(getTranslation("topic-plans.compare.this", working == null ? 0 : working.number())),
                form);
        var right = new Div(new H3(getTranslation("topic-plans.compare.before", previous.number())), before);
        left.addClassName("plan-compare-side");
        right.addClassName("plan-compare-side");
        right.addClassName("plan-compare-before");
        var summary = new Paragraph(changed.isEmpty() ? getTranslation("topic-plans.compare.none")
                : getTranslation("topic-plans.compare.summary", changed.stream()
                        .sorted(java.util.Comparator.comparingInt(PlanContent.FIELDS::indexOf))
                        .map(field -> getTranslation("topic-plans.field." + field))
                        .collect(java.util.stream.Collectors.joining(", "))));
        summary.addClassName("plan-compare-summary");
        var sides = new Div(left, right);
        sides.addClassName("plan-compare");
        body.add(summary, sides);
    }

    private void reload() {
        PlanView shown = plan;
        if (shown == null) {
            return;
        }
        ServiceCalls.call(() -> plans.plan(shown.topic().topicId())).ifPresent(this::show);
    }

    // ---------------------------------------------------------------- the lecturer's steps

    private long topicId() {
        return java.util.Objects.requireNonNull(plan).topic().topicId();
    }

    private @Nullable Long workingId() {
        VersionView working = java.util.Objects.requireNonNull(plan).working();
        return working == null ? null : working.id();
    }

    private long workingVersion() {
        VersionView working = java.util.Objects.requireNonNull(plan).working();
        return working == null ? 0 : working.entityVersion();
    }

    /** Saves the form as the working draft; true when it went through. */
    boolean save() {
        PlanForm current = java.util.Objects.requireNonNull(form);
        if (current.hasUntitledSections()) {
            Notifications.error(getTranslation("topic-plans.section.title-missing"));
            return false;
        }
        PlanContent content = current.content();
        Optional<TopicPlanService.SaveResult> saved = ServiceCalls.save(
                () -> plans.saveDraft(topicId(), workingId(), workingVersion(), content), () -> lostRace(content));
        saved.ifPresent(result -> {
            show(result.plan());
            if (result.periods().matches()) {
                Notifications.success(getTranslation("topic-plans.saved"));
            } else {
                Notifications.warning(getTranslation("topic-plans.saved-periods-differ",
                        result.periods().sectionPeriods(), result.periods().topicPeriods()));
            }
        });
        return saved.isPresent();
    }

    /**
     * Someone saved or moved the plan since it was read: the stored plan is read again; while it is still
     * editable, what the user typed stays in the form for them to save again over it.
     */
    private void lostRace(PlanContent typed) {
        reload();
        PlanView fresh = plan;
        if (fresh != null && fresh.actions().edit() && form != null) {
            form.read(typed);
            Notifications.error(getTranslation("topic-plans.lost-race.kept"));
        } else {
            Notifications.error(getTranslation("topic-plans.lost-race.read-only"));
        }
    }

    private void confirmSubmit() {
        Confirmations.ask(getTranslation("topic-plans.submit.title"), getTranslation("topic-plans.submit.text"),
                getTranslation("topic-plans.action.submit"), () -> {
                    // What is in the form is what gets submitted.
                    if (save()) {
                        ServiceCalls.call(() -> plans.submit(topicId(), java.util.Objects.requireNonNull(workingId()),
                                workingVersion()), this::reload).ifPresent(submitted -> {
                                    show(submitted);
                                    Notifications.success(getTranslation("topic-plans.submitted"));
                                });
                    }
                });
    }

    private void confirmRevise() {
        Confirmations.ask(getTranslation("topic-plans.revise.title"), getTranslation("topic-plans.revise.text"),
                getTranslation("topic-plans.action.revise"), () -> ServiceCalls.call(() -> plans.revise(topicId(),
                        java.util.Objects.requireNonNull(workingId()), workingVersion()), this::reload)
                        .ifPresent(revised -> {
                            show(revised);
                            Notifications.success(getTranslation("topic-plans.revised"));
                        }));
    }

    private void chooseCopySource() {
        List<CopySource> sources = plans.copySources(topicId());
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("topic-plans.copy.title"));
        var source = new Select<CopySource>();
        source.setLabel(getTranslation("topic-plans.copy.source"));
        source.setItems(sources);
        source.setItemLabelGenerator(s -> getTranslation("topic-plans.copy.item", s.classCode(), s.className(),
                s.versionNumber()));
        source.setValue(sources.getFirst());
        source.setWidthFull();
        var text = new Paragraph(getTranslation("topic-plans.copy.text"));
        dialog.add(text, source);
        var confirm = new Button(getTranslation("topic-plans.action.copy"), click -> {
            CopySource chosen = source.getValue();
            dialog.close();
            if (chosen != null) {
                ServiceCalls.call(() -> plans.copyFrom(topicId(), workingId(), workingVersion(), chosen.topicId()),
                        this::reload).ifPresent(result -> {
                            show(result.plan());
                            Notifications.success(getTranslation("topic-plans.copied", chosen.classCode()));
                        });
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void confirmFromProgramme() {
        Runnable start = () -> ServiceCalls.call(() -> plans.startFromProgramme(topicId(), workingId(),
                workingVersion()), this::reload).ifPresent(result -> {
                    show(result.plan());
                    Notifications.success(getTranslation("topic-plans.from-programme.done"));
                });
        VersionView working = java.util.Objects.requireNonNull(plan).working();
        if (working == null || working.content().isEmpty()) {
            start.run();
        } else {
            Confirmations.ask(getTranslation("topic-plans.from-programme.title"),
                    getTranslation("topic-plans.from-programme.text"),
                    getTranslation("topic-plans.action.from-programme"), start);
        }
    }

    // ---------------------------------------------------------------- the committee's review

    /** Approve (an optional comment) or return (a comment required) the submitted version. */
    private void review(boolean approving) {
        VersionView working = java.util.Objects.requireNonNull(java.util.Objects.requireNonNull(plan).working());
        var dialog = new Dialog();
        dialog.addClassName("plan-review-dialog");
        dialog.setHeaderTitle(getTranslation(approving ? "topic-plans.approve.title" : "topic-plans.return.title",
                working.number()));
        var comment = new TextArea(getTranslation(approving ? "topic-plans.approve.comment"
                : "topic-plans.return.comment"));
        comment.setWidthFull();
        comment.setMinRows(3);
        TextLimits.limit(comment, PlanContent.TEXT_MAX);
        comment.setRequired(!approving);
        dialog.add(new Paragraph(getTranslation(approving ? "topic-plans.approve.text" : "topic-plans.return.text")),
                comment);
        var confirm = new Button(getTranslation(approving ? "topic-plans.action.approve"
                : "topic-plans.action.return"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, approving ? ButtonVariant.LUMO_SUCCESS
                : ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> {
            String text = comment.getValue().strip();
            if (!approving && text.isEmpty()) {
                comment.setErrorMessage(getTranslation("topic-plans.error.return-comment"));
                comment.setInvalid(true);
                return;
            }
            dialog.close();
            ServiceCalls.call(() -> approving
                    ? plans.approve(topicId(), working.id(), working.entityVersion(), text.isEmpty() ? null : text)
                    : plans.returnPlan(topicId(), working.id(), working.entityVersion(), text), this::reload)
                    .ifPresent(reviewed -> {
                        comparing = false;
                        show(reviewed);
                        Notifications.success(getTranslation(approving ? "topic-plans.approved"
                                : "topic-plans.returned"));
                    });
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        comment.focus();
    }

    // ---------------------------------------------------------------- attachments

    private void showAttachments(PlanView shown) {
        attachments.removeAll();
        attachments.addClassName("card");
        attachments.add(new H3(getTranslation("topic-plans.attachments")));
        VersionView working = shown.working();
        List<AttachmentRow> rows = working == null ? List.of() : working.attachments();
        if (rows.isEmpty()) {
            attachments.add(new Paragraph(getTranslation("topic-plans.attachments.none")));
        }
        for (AttachmentRow row : rows) {
            var line = new Div(new Span(getTranslation(row.kind().translationKey()) + ": "),
                    downloadLink(shown.topic().topicId(), row),
                    new Span(" (" + kilobytes(row.size()) + ")"));
            line.addClassName("plan-attachment");
            if (shown.actions().edit()) {
                var remove = new Button(getTranslation("topic-plans.attachments.remove"), click ->
                        Confirmations.delete(getTranslation("topic-plans.attachments.remove"),
                                getTranslation("topic-plans.attachments.remove-text", row.fileName()), () -> {
                                    if (ServiceCalls.run(() -> plans.removeAttachment(topicId(), row.id()))) {
                                        reload();
                                    }
                                }));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                line.add(remove);
            }
            attachments.add(line);
        }
        if (shown.actions().edit()) {
            attachments.add(uploadArea());
        }
    }

    private static String kilobytes(long size) {
        return size < 1024 * 1024 ? Math.max(1, size / 1024) + " KB"
                : String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }

    /**
     * A link that downloads an attachment. The service checks the user again when the browser asks for the file,
     * so a copied link is no way around the rules.
     */
    private Anchor downloadLink(long topicId, AttachmentRow row) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> ServiceCalls
                .download(event.getUI(), () -> plans.download(topicId, row.id()))
                .map(file -> new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        contentType(file.fileName()), file.content().length))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND))), AttachmentType.DOWNLOAD,
                row.fileName());
        link.addClassName("plan-attachment-link");
        return link;
    }

    static String contentType(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (name.endsWith(".pptx")) {
            return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
        }
        return "application/octet-stream";
    }

    private Component uploadArea() {
        long limit = plans.maxFileSize();
        String megabytes = String.format(Locale.ROOT, "%.0f", limit / (1024.0 * 1024.0));
        var kind = new Select<AttachmentKind>();
        kind.setLabel(getTranslation("topic-plans.attachments.kind"));
        kind.setItems(AttachmentKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        kind.setValue(AttachmentKind.PLAN_DOCUMENT);
        var upload = new Upload();
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
        upload.setAcceptedFileTypes(".pdf", ".docx", ".pptx");
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("topic-plans.attachments.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("topic-plans.attachments.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("topic-plans.attachments.too-large.client", megabytes))
                .setIncorrectFileType(getTranslation("topic-plans.attachments.type.client"))
                .setTooManyFiles(getTranslation("topic-plans.attachments.one-only")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(event -> Notifications.error(event.getErrorMessage()));
        upload.setUploadHandler(new AttachmentUpload(upload, kind, limit));
        var hint = new Span(getTranslation("topic-plans.attachments.hint", megabytes));
        hint.addClassName("field-hint");
        var area = new Div(kind, upload, hint);
        area.addClassName("plan-upload");
        return area;
    }

    /** Receives a file into memory (no more than the limit), checks it by content and attaches it at once. */
    private final class AttachmentUpload implements UploadHandler {

        private final Upload upload;
        private final Select<AttachmentKind> kind;
        private final long limit;

        AttachmentUpload(Upload upload, Select<AttachmentKind> kind, long limit) {
            this.upload = upload;
            this.kind = kind;
            this.limit = limit;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            }
            String name = event.getFileName();
            AttachmentKind chosen = kind.getValue() == null ? AttachmentKind.PLAN_DOCUMENT : kind.getValue();
            try {
                AttachmentCheck.check(chosen, name, content, limit);
            } catch (BusinessException e) {
                String refusal = upload.getTranslation(e.getMessageKey(), e.getArguments());
                event.reject(refusal);
                event.getUI().access(() -> {
                    upload.clearFileList();
                    Notifications.error(refusal);
                });
                return;
            }
            event.getUI().access(() -> attach(chosen, name, content));
        }

        @Override
        public long getFileSizeMax() {
            return limit;
        }
    }

    /** Attaches a checked file to the working version, saving the form first when nothing is stored yet. */
    void attach(AttachmentKind kind, String fileName, byte[] content) {
        if (workingId() == null && !save()) {
            return;
        }
        ServiceCalls.call(() -> plans.attach(topicId(), java.util.Objects.requireNonNull(workingId()), kind,
                fileName, content), this::reload).ifPresent(row -> {
                    Notifications.success(getTranslation("topic-plans.attachments.added", row.fileName()));
                    reload();
                });
    }

    // ---------------------------------------------------------------- history

    private void configureHistory() {
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addClassName("plan-history-grid");
        history.setAllRowsVisible(true);
        history.addColumn(step -> DateFormats.format(step.at())).setHeader(getTranslation("topic-plans.history.at"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(StepRow::versionNumber).setHeader(getTranslation("topic-plans.class.version"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(step -> (step.from() == null ? getTranslation("topic-plans.history.started")
                : getTranslation(step.from().translationKey()) + " → " + getTranslation(step.to().translationKey())))
                .setHeader(getTranslation("topic-plans.history.step")).setAutoWidth(true);
        history.addColumn(StepRow::actorName).setHeader(getTranslation("topic-plans.history.actor"))
                .setAutoWidth(true);
        history.addColumn(step -> step.comment() == null ? "" : step.comment())
                .setHeader(getTranslation("topic-plans.history.comment")).setFlexGrow(1);
        versions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        versions.addClassName("plan-versions-grid");
        versions.setAllRowsVisible(true);
        versions.addColumn(VersionView::number).setHeader(getTranslation("topic-plans.class.version"))
                .setAutoWidth(true).setFlexGrow(0);
        versions.addComponentColumn(version -> PlanStatusBadge.of(version.status()))
                .setHeader(getTranslation("topic-plans.class.status")).setAutoWidth(true);
        versions.addColumn(version -> DateFormats.format(version.submittedAt()))
                .setHeader(getTranslation("topic-plans.versions.submitted")).setAutoWidth(true);
        versions.addColumn(version -> DateFormats.format(version.reviewedAt()))
                .setHeader(getTranslation("topic-plans.versions.reviewed")).setAutoWidth(true);
        versions.addComponentColumn(version -> new Button(getTranslation("topic-plans.versions.open"),
                click -> openVersion(version))).setAutoWidth(true).setFlexGrow(0);
    }

    /** A stored version, read-only, with its attachments. */
    void openVersion(VersionView version) {
        PlanView shown = java.util.Objects.requireNonNull(plan);
        var dialog = new Dialog();
        dialog.addClassName("plan-version-dialog");
        dialog.setHeaderTitle(getTranslation("topic-plans.versions.title", version.number(),
                getTranslation(version.status().translationKey())));
        var content = new PlanForm(shown.topic().periods());
        content.read(version.content());
        content.setReadOnly(true);
        dialog.add(content);
        for (AttachmentRow row : version.attachments()) {
            dialog.add(new Div(new Span(getTranslation(row.kind().translationKey()) + ": "),
                    downloadLink(shown.topic().topicId(), row)));
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.setWidth("min(60em, 100vw)");
        dialog.open();
    }
}
