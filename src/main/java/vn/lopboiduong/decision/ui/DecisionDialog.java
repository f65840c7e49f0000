package vn.lopboiduong.decision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.ui.Confirmations;
import vn.lopboiduong.base.ui.DatePickers;
import vn.lopboiduong.base.ui.FormDialog;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.base.ui.Notifications;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.decision.Decision;
import vn.lopboiduong.decision.DecisionKind;
import vn.lopboiduong.decision.DecisionService;
import vn.lopboiduong.decision.PdfUpload;
import vn.lopboiduong.klass.ui.ClassPicker;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.plan.TrainingPlan;
import vn.lopboiduong.plan.TrainingPlanService;

/**
 * Records or edits a decision and its scanned PDF; read-only for leaders, who may still download the scan. The
 * chosen file is held until Save, so Cancel leaves the stored decision as it was.
 */
final class DecisionDialog {


    final TextField number = new TextField();
    final DatePicker issueDate;
    final TextField issuingBody = new TextField();
    final Select<DecisionKind> kind = new Select<>();
    final TextArea summary = new TextArea();
    final ComboBox<TrainingPlan> plan = new ComboBox<>();
    final ClassPicker trainingClass;
    final Upload upload = new Upload();
    final Div currentFile = new Div();
    final FormDialog<Decision> dialog;

    private final DecisionService decisions;
    private final BeanValidationBinder<Decision> binder = FormDialog.binder(Decision.class);
    private @Nullable PdfUpload pending;
    private boolean removeFile;

    private DecisionDialog(DecisionService decisions, TrainingPlanService plans, TrainingClassService classes,
            Decision decision, boolean editable, Runnable onChange) {
        this.decisions = decisions;
        var form = new FormLayout();
        issueDate = DatePickers.create(form.getTranslation("decisions.issue-date"));
        number.setLabel(form.getTranslation("decisions.number"));
        number.setPlaceholder("4525-QĐ/TU");
        issuingBody.setLabel(form.getTranslation("decisions.issuing-body"));
        kind.setLabel(form.getTranslation("decisions.kind"));
        kind.setItems(DecisionKind.values());
        kind.setItemLabelGenerator(value -> form.getTranslation(value.translationKey()));
        summary.setLabel(form.getTranslation("decisions.summary"));
        plan.setLabel(form.getTranslation("decisions.plan"));
        plan.setClearButtonVisible(true);
        plan.setItemLabelGenerator(TrainingPlan::getNumber);
        LazyGrids.bindFiltered(plan, plans::list, plans::count);
        trainingClass = new ClassPicker(classes);
        trainingClass.setLabel(form.getTranslation("decisions.class"));
        trainingClass.setHelperText(form.getTranslation("decisions.class.help"));

        binder.forField(number).bind("number");
        binder.forField(issueDate).bind("issueDate");
        binder.forField(issuingBody).bind("issuingBody");
        binder.forField(kind).bind("kind");
        binder.forField(summary).bind("summary");
        if (decision.getPlan() != null) {
            plan.setValue(decision.getPlan());
        }
        if (decision.getTrainingClass() != null) {
            trainingClass.select(decision.getTrainingClass().requireId());
        }

        form.add(number, issueDate);
        form.add(issuingBody, kind);
        form.add(summary, 2);
        form.add(plan, trainingClass);
        form.add(fileSection(decision, editable), 2);

        dialog = new FormDialog<>(form.getTranslation(decision.isNew() ? "decisions.dialog.new"
                : "decisions.dialog.edit", decision.getNumber()), form, binder, decision, this::save)
                .onSaved(saved -> form.getTranslation("decisions.saved", saved.getNumber()), saved -> onChange.run());
        if (!editable) {
            dialog.readOnly();
        }
        if (!decision.isNew()) {
            long id = decision.requireId();
            dialog.reloadWith(() -> decisions.get(id), fresh -> {
                var next = new DecisionDialog(decisions, plans, classes, fresh, editable, onChange);
                next.keepFileChoice(pending, removeFile);
                return next.dialog;
            });
        }
        if (editable && !decision.isNew()) {
            var delete = new Button(form.getTranslation("action.delete"), click -> Confirmations.delete(
                    form.getTranslation("decisions.delete.title"),
                    form.getTranslation("decisions.delete.text", decision.getNumber()), () -> {
                        if (ServiceCalls.run(() -> decisions.delete(decision.requireId()))) {
                            Notifications.success(form.getTranslation("decisions.deleted", decision.getNumber()));
                            dialog.close();
                            onChange.run();
                        }
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.addExtraActions(delete);
        }
    }

    /** After a lost race the scan the user chose (or their removal of the stored one) still counts. */
    private void keepFileChoice(@Nullable PdfUpload chosen, boolean remove) {
        if (chosen != null) {
            pending = chosen;
            currentFile.removeAll();
            currentFile.add(new Span(currentFile.getTranslation("decisions.file.kept", chosen.fileName())));
        } else if (remove) {
            removeFile = true;
            currentFile.removeAll();
            currentFile.add(new Span(currentFile.getTranslation("decisions.file.removed")));
        }
    }

    private Div fileSection(Decision decision, boolean editable) {
        var section = new Div();
        section.addClassName("decision-file-section");
        currentFile.addClassName("decision-current-file");
        if (decision.hasFile()) {
            var remove = new Button(section.getTranslation("decisions.file.remove"), click -> {
                removeFile = true;
                pending = null;
                currentFile.removeAll();
                currentFile.add(new Span(section.getTranslation("decisions.file.removed")));
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setVisible(editable);
            currentFile.add(new Span(section.getTranslation("decisions.file.current", decision.getFileName())),
                    DecisionGrid.downloadLink(decisions, decision), remove);
        } else if (!editable) {
            currentFile.add(new Span(section.getTranslation("decisions.file.none")));
        }
        section.add(currentFile);
        if (editable) {
            configureUpload(section);
            section.add(upload);
        }
        return section;
    }

    private void configureUpload(Div section) {
        long limit = decisions.maxFileSize();
        String megabytes = String.format(java.util.Locale.ROOT, "%.0f", limit / (1024.0 * 1024.0));
        upload.setUploadHandler(new LimitedPdfUpload(limit));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(section.getTranslation("decisions.file.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(section.getTranslation("decisions.file.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(section.getTranslation("decisions.file.too-large.client", megabytes))
                .setIncorrectFileType(section.getTranslation("decisions.file.not-pdf.client"))
                .setTooManyFiles(section.getTranslation("decisions.file.one-only")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(event -> Notifications.error(event.getErrorMessage()));
        upload.addFileRemovedListener(event -> pending = null);
        var hint = new Span(section.getTranslation("decisions.file.hint", megabytes));
        hint.addClassName("field-hint");
        section.add(hint);
    }

    /**
     * Receives the scan into memory, reading no more than the limit allows, and hands it to the dialog; the
     * service checks it again on Save.
     */
    private final class LimitedPdfUpload implements UploadHandler {

        private final long limit;

        LimitedPdfUpload(long limit) {
            this.limit = limit;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            }
            String name = event.getFileName();
            String refusal = refusal(name, Math.max(event.getFileSize(), content.length), content);
            if (refusal != null) {
                // Refused at once, so the list never shows a tick for a file the save would refuse.
                event.reject(refusal);
                event.getUI().access(() -> {
                    upload.clearFileList();
                    Notifications.error(refusal);
                });
                return;
            }
            event.getUI().access(() -> {
                pending = new PdfUpload(name, content);
                removeFile = false;
            });
        }

        /** The service's own rule ({@link PdfUpload#check}), applied as soon as the file arrives. */
        private @Nullable String refusal(String name, long size, byte[] content) {
            try {
                PdfUpload.check(name, size, content, limit);
                return null;
            } catch (BusinessException e) {
                return upload.getTranslation(e.getMessageKey(), e.getArguments());
            }
        }

        @Override
        public long getFileSizeMax() {
            return limit;
        }
    }

    static FormDialog<Decision> forNew(DecisionService decisions, TrainingPlanService plans,
            TrainingClassService classes, @Nullable Long classId, LocalDate today, Runnable onChange) {
        var decision = new Decision("", today, "", DecisionKind.OPEN_CLASS, "");
        var dialog = new DecisionDialog(decisions, plans, classes, decision, true, onChange);
        if (classId != null) {
            dialog.trainingClass.select(classId);
        }
        return dialog.dialog;
    }

    static FormDialog<Decision> forExisting(DecisionService decisions, TrainingPlanService plans,
            TrainingClassService classes, Decision decision, boolean editable, Runnable onChange) {
        return new DecisionDialog(decisions, plans, classes, decision, editable, onChange).dialog;
    }

    private Decision save(Decision edited) {
        var links = new DecisionService.Links(plan.getValue() == null ? null : plan.getValue().requireId(),
                trainingClass.selectedId());
        PdfUpload file = pending;
        if (edited.isNew()) {
            return decisions.create(edited, links, file);
        }
        return decisions.update(edited, links, file != null ? new DecisionService.FileChange.Replace(file)
                : removeFile ? new DecisionService.FileChange.Remove() : DecisionService.FileChange.keep());
    }
}
