package vn.lopboiduong.klass.timetable.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.i18n.TranslationProvider;
import vn.lopboiduong.base.ui.DatePickers;
import vn.lopboiduong.base.ui.FormDialog;
import vn.lopboiduong.base.ui.Notifications;
import vn.lopboiduong.base.ui.RowActions;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.klass.timetable.ClassSession;
import vn.lopboiduong.klass.programme.ClassTopicRow;
import vn.lopboiduong.klass.timetable.DayPart;
import vn.lopboiduong.klass.timetable.SessionRow;
import vn.lopboiduong.klass.timetable.TimetableExport;
import vn.lopboiduong.klass.timetable.TimetableExport.ExportedFile;
import vn.lopboiduong.klass.timetable.TimetableService;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.lecturer.ui.LecturerPicker;

/**
 * The class's sessions by date: generate a first draft from the programme, then add, change or remove. Everyone who
 * sees the tab can download the timetable as PDF or Excel.
 */
class ClassTimetableTab extends Div {

    private static final Logger log = LoggerFactory.getLogger(ClassTimetableTab.class);

    final Grid<SessionRow> grid = new Grid<>();
    final TimetableWeekGrid week = new TimetableWeekGrid();
    final RadioButtonGroup<String> layout = new RadioButtonGroup<>();
    final Button generate = new Button();
    final Button addSession;
    final Anchor exportPdf;
    final Anchor exportExcel;

    private final long classId;
    private final @Nullable LocalDate firstDay;
    private final @Nullable String venue;
    private final TimetableService timetable;
    private final ClassTopicService programme;
    private final LecturerService lecturers;

    ClassTimetableTab(long classId, @Nullable LocalDate firstDay, @Nullable String venue, boolean editable,
            TimetableService timetable, ClassTopicService programme, LecturerService lecturers,
            TimetableExport export, Clock clock) {
        this.classId = classId;
        this.firstDay = firstDay;
        this.venue = venue;
        this.timetable = timetable;
        this.programme = programme;
        this.lecturers = lecturers;
        addClassName("class-programme");

        generate.setText(getTranslation("timetable.generate"));
        generate.setIcon(VaadinIcon.MAGIC.create());
        generate.addClickListener(click -> ServiceCalls.call(() -> timetable.generateDraft(classId))
                .ifPresent(count -> {
                    Notifications.success(getTranslation("timetable.generated", count));
                    refresh();
                }));
        addSession = ViewToolbar.addButton(getTranslation("timetable.add"), () -> {
            var session = new ClassSession(firstDay == null ? LocalDate.now(clock) : firstDay, DayPart.MORNING);
            session.setRoom(venue);
            ServiceCalls.find(() -> Optional.of(sessionDialog(session, null))).ifPresent(FormDialog::open);
        });
        // The download is a request of its own, outside this UI's thread: fix the language now.
        Locale locale = TranslationProvider.supported(getLocale());
        exportPdf = download(VaadinIcon.FILE_TEXT_O.create(), getTranslation("timetable.export.pdf"),
                classId, locale, export::pdf);
        exportExcel = download(VaadinIcon.FILE_TABLE.create(), getTranslation("timetable.export.excel"),
                classId, locale, export::xlsx);
        var toolbar = new ViewToolbar().actions(exportPdf, exportExcel);
        if (editable) {
            toolbar.filters(generate).actions(addSession);
        }
        add(toolbar);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> DateFormats.format(row.date()) + " · " + getTranslation(row.dayPart().translationKey()))
                .setHeader(getTranslation("timetable.date")).setAutoWidth(true);
        grid.addColumn(row -> row.startTime() + "–" + row.endTime()).setHeader(getTranslation("timetable.time"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.topicTitle() == null ? "" : row.topicTitle())
                .setHeader(getTranslation("topics.title")).setFlexGrow(4);
        grid.addColumn(row -> row.lecturerName() == null ? "" : row.lecturerName())
                .setHeader(getTranslation("topics.lecturer")).setFlexGrow(2);
        grid.addColumn(row -> row.room() == null ? "" : row.room()).setHeader(getTranslation("timetable.room"))
                .setFlexGrow(2);
        if (editable) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        layout.setItems("week", "list");
        layout.setItemLabelGenerator(value -> getTranslation("timetable.layout." + value));
        layout.setValue("week");
        layout.addValueChangeListener(change -> showLayout());
        add(layout, week, grid);
        showLayout();
        refresh();
    }

    /**
     * A link that builds the file when followed. The service checks access again for that request; a refusal or a
     * vanished class answers with its HTTP status rather than a server error.
     */
    private static Anchor download(Icon icon, String text, long classId, Locale locale,
            BiFunction<Long, Locale, ExportedFile> export) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                ExportedFile file = export.apply(classId, locale);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length);
            } catch (AccessDeniedException e) {
                log.info("Timetable export of class {} refused: {}", classId, e.getMessage());
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            } catch (BusinessException e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        }), AttachmentType.DOWNLOAD, text);
        anchor.addComponentAsFirst(icon);
        anchor.addClassName("timetable-export");
        anchor.getStyle().set("display", "inline-flex").set("align-items", "center")
                .set("gap", "var(--lumo-space-xs)");
        return anchor;
    }

    private Div actions(SessionRow row) {
        return new Div(
                RowActions.icon(VaadinIcon.EDIT, getTranslation("action.edit"),
                        // The reads that build the dialog (the session, the class's topics, the lecturer) are
                        // the click's reads.
                        () -> ServiceCalls.find(() -> Optional.of(sessionDialog(timetable.get(row.id()), row)))
                                .ifPresent(FormDialog::open)),
                RowActions.delete(getTranslation("timetable.remove.title"), getTranslation("timetable.remove.text",
                        DateFormats.format(row.date()) + " " + row.startTime() + "–" + row.endTime()),
                        this::refresh, () -> timetable.delete(row.id())));
    }

    /**
     * The editor of a session; {@code row} gives its topic and lecturer (the entity holds them as lazy references).
     * A session that follows its topic's lecturer keeps following it unless one is chosen.
     */
    private FormDialog<ClassSession> sessionDialog(ClassSession session, @Nullable SessionRow row) {
        var form = new FormLayout();
        DatePicker date = DatePickers.create(getTranslation("timetable.date"));
        var part = new Select<DayPart>();
        part.setLabel(getTranslation("timetable.day-part"));
        part.setItems(DayPart.values());
        part.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        var start = new TimePicker(getTranslation("timetable.start"));
        var end = new TimePicker(getTranslation("timetable.end"));
        part.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                start.setValue(change.getValue().start());
                end.setValue(change.getValue().end());
            }
        });
        var topic = new ComboBox<ClassTopicRow>(getTranslation("topics.title"));
        var topics = programme.topics(classId);
        topic.setItems(topics);
        topic.setItemLabelGenerator(item -> item.position() + ". " + item.title());
        topic.setClearButtonVisible(true);
        var lecturer = new LecturerPicker(getTranslation("topics.lecturer"), lecturers);
        lecturer.setHelperText(getTranslation("timetable.lecturer.help"));
        var room = new TextField(getTranslation("timetable.room"));

        var binder = FormDialog.binder(ClassSession.class);
        binder.forField(date).bind("date");
        binder.forField(part).bind("dayPart");
        binder.forField(start).bind("startTime");
        binder.forField(end).bind("endTime");
        binder.forField(room).withNullRepresentation("").bind("room");
        if (row != null && row.topicId() != null) {
            topics.stream().filter(item -> item.id() == row.topicId()).findFirst().ifPresent(topic::setValue);
        }
        lecturer.select(row == null || row.lecturerFromTopic() ? null : row.lecturerId());
        form.add(date, part, start, end);
        form.add(topic, 2);
        form.add(lecturer, 2);
        form.add(room, 2);
        var dialog = new FormDialog<>(getTranslation(session.isNew() ? "timetable.add" : "timetable.edit"), form,
                binder, session, edited -> {
                    Long chosenTopic = topic.getValue() == null ? null : topic.getValue().id();
                    return edited.isNew() ? timetable.add(classId, edited, chosenTopic, lecturer.selectedId())
                            : timetable.update(edited, chosenTopic, lecturer.selectedId());
                })
                .onSaved(saved -> getTranslation("timetable.saved"), saved -> refresh());
        if (!session.isNew()) {
            long id = session.requireId();
            dialog.reloadWith(() -> Optional.of(timetable.get(id)), fresh -> sessionDialog(fresh,
                    timetable.sessions(classId).stream().filter(item -> item.id() == id).findFirst()
                            .orElse(null)));
        }
        return dialog;
    }

    private void showLayout() {
        boolean byWeek = "week".equals(layout.getValue());
        week.setVisible(byWeek);
        grid.setVisible(!byWeek);
    }

    void refresh() {
        var sessions = timetable.sessions(classId);
        grid.setItems(sessions);
        week.show(sessions);
        generate.setEnabled(grid.getListDataView().getItemCount() == 0);
    }

}
