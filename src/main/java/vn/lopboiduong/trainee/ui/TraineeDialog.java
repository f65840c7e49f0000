package vn.lopboiduong.trainee.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.ui.Confirmations;
import vn.lopboiduong.base.ui.DatePickers;
import vn.lopboiduong.base.ui.FormDialog;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.trainee.Gender;
import vn.lopboiduong.trainee.OptionKind;
import vn.lopboiduong.trainee.Trainee;
import vn.lopboiduong.trainee.TraineeOption;
import vn.lopboiduong.trainee.TraineeRow;
import vn.lopboiduong.trainee.TraineeService;
import vn.lopboiduong.unit.Unit;
import vn.lopboiduong.unit.UnitNode;
import vn.lopboiduong.unit.UnitService;

/**
 * Records or edits a trainee. Recording someone who may already be in the registry shows the people found and
 * saves a new record only when the user says it is someone else; leaders only read.
 */
final class TraineeDialog {

    final TextField fullName = new TextField();
    final Select<@Nullable Gender> gender = new Select<>();
    final DatePicker birthDate;
    final IntegerField birthYear = new IntegerField();
    final TextField ethnicity = new TextField();
    final Select<@Nullable TraineeOption> position = new Select<>();
    final ComboBox<UnitNode> partyUnit = new ComboBox<>();
    final TextField workplace = new TextField();
    final Select<@Nullable TraineeOption> theoryLevel = new Select<>();
    final Select<@Nullable TraineeOption> educationLevel = new Select<>();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final TextField citizenId = new TextField();
    final TextArea notes = new TextArea();
    final FormDialog<Trainee> dialog;

    private final BeanValidationBinder<Trainee> binder = FormDialog.binder(Trainee.class);
    /** The user has seen the possible matches and says this is someone else. */
    private boolean confirmedNew;

    private TraineeDialog(TraineeService trainees, UnitService units, Trainee trainee, boolean committee,
            Runnable onChange) {
        var form = new FormLayout();
        birthDate = DatePickers.create(form.getTranslation("trainees.birth-date"));
        fullName.setLabel(form.getTranslation("trainees.full-name"));
        gender.setLabel(form.getTranslation("trainees.gender"));
        gender.setItems(Gender.values());
        gender.setEmptySelectionAllowed(true);
        gender.setItemLabelGenerator(value -> value == null ? "" : form.getTranslation(value.translationKey()));
        birthYear.setLabel(form.getTranslation("trainees.birth-year"));
        birthYear.setHelperText(form.getTranslation("trainees.birth-year.help"));
        ethnicity.setLabel(form.getTranslation("trainees.ethnicity"));
        options(position, trainees.options(OptionKind.POSITION), form.getTranslation("trainees.position"));
        options(theoryLevel, trainees.options(OptionKind.THEORY_LEVEL), form.getTranslation("trainees.theory-level"));
        options(educationLevel, trainees.options(OptionKind.EDUCATION_LEVEL),
                form.getTranslation("trainees.education-level"));
        partyUnit.setLabel(form.getTranslation("trainees.unit"));
        partyUnit.setClearButtonVisible(true);
        partyUnit.setItemLabelGenerator(UnitNode::name);
        LazyGrids.bindFiltered(partyUnit, units::search, units::countSearch);
        workplace.setLabel(form.getTranslation("trainees.workplace"));
        phone.setLabel(form.getTranslation("trainees.phone"));
        email.setLabel(form.getTranslation("trainees.email"));
        citizenId.setLabel(form.getTranslation("trainees.citizen-id"));
        citizenId.setHelperText(form.getTranslation("trainees.citizen-id.help"));
        notes.setLabel(form.getTranslation("trainees.notes"));

        binder.forField(fullName).bind("fullName");
        binder.forField(gender).bind("gender");
        binder.forField(birthDate).bind("birthDate");
        binder.forField(birthYear).bind("birthYear");
        binder.forField(ethnicity).withNullRepresentation("").bind("ethnicity");
        binder.forField(workplace).withNullRepresentation("").bind("workplace");
        binder.forField(phone).withNullRepresentation("").bind("phone");
        binder.forField(email).withNullRepresentation("").bind("email");
        binder.forField(citizenId).withNullRepresentation("").bind("citizenId");
        binder.forField(notes).withNullRepresentation("").bind("notes");
        position.setValue(trainee.getPosition());
        theoryLevel.setValue(trainee.getTheoryLevel());
        educationLevel.setValue(trainee.getEducationLevel());
        Unit unit = trainee.getPartyUnit();
        if (unit != null) {
            partyUnit.setValue(new UnitNode(unit.requireId(), unit.getCode(), unit.getName(), unit.getKind(), null,
                    null, 0));
        }

        form.add(fullName, 2);
        form.add(gender, birthDate, birthYear, ethnicity);
        form.add(position, partyUnit, workplace, theoryLevel, educationLevel, phone, email, citizenId);
        form.add(notes, 2);

        dialog = new FormDialog<>(form.getTranslation(trainee.isNew() ? "trainees.dialog.new" : "trainees.dialog.edit",
                trainee.getFullName()), form, binder, trainee, edited -> edited.isNew()
                        ? trainees.create(edited, links(), confirmedNew) : trainees.update(edited, links()))
                .onSaved(saved -> form.getTranslation("trainees.saved", saved.getFullName()), saved -> onChange.run());
        if (trainee.isNew()) {
            dialog.alsoCheck(() -> confirmedNew || noPossibleDuplicate(trainees));
        } else {
            long id = trainee.requireId();
            dialog.reloadWith(() -> trainees.get(id), fresh -> forExisting(trainees, units, fresh, committee,
                    onChange));
        }
        if (!committee) {
            dialog.readOnly();
        }
    }

    /**
     * Looks for people already recorded who may be this one; if there are, shows them and keeps the dialog open.
     * "Lưu là người khác" saves the new record anyway.
     */
    private boolean noPossibleDuplicate(TraineeService trainees) {
        var candidate = new Trainee(fullName.getValue());
        candidate.setBirthDate(birthDate.getValue());
        candidate.setBirthYear(birthYear.getValue());
        candidate.setCitizenId(citizenId.getValue());
        List<TraineeRow> found = ServiceCalls.call(() -> trainees.matches(candidate,
                partyUnit.getValue() == null ? null : partyUnit.getValue().id())).orElse(List.of());
        if (found.isEmpty()) {
            return true;
        }
        String people = String.join("; ", found.stream().map(row -> row.fullName()
                + (row.born() == null ? "" : " (" + row.born() + ")")
                + (row.unitName() == null ? "" : ", " + row.unitName())).toList());
        Confirmations.ask(fullName.getTranslation("trainees.duplicate.title"),
                fullName.getTranslation("trainees.duplicate.text", people),
                fullName.getTranslation("trainees.duplicate.save-new"), () -> {
                    confirmedNew = true;
                    dialog.saveButton().click();
                });
        return false;
    }

    private TraineeService.Links links() {
        return new TraineeService.Links(id(position.getValue()),
                partyUnit.getValue() == null ? null : partyUnit.getValue().id(), id(theoryLevel.getValue()),
                id(educationLevel.getValue()));
    }

    private static @Nullable Long id(@Nullable TraineeOption option) {
        return option == null ? null : option.requireId();
    }

    private static void options(Select<@Nullable TraineeOption> select, List<TraineeOption> values, String label) {
        select.setLabel(label);
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setItemLabelGenerator(value -> value == null ? "" : value.getName());
    }

    static FormDialog<Trainee> forNew(TraineeService trainees, UnitService units, Runnable onChange) {
        return new TraineeDialog(trainees, units, new Trainee(""), true, onChange).dialog;
    }

    static FormDialog<Trainee> forExisting(TraineeService trainees, UnitService units, Trainee trainee,
            boolean committee, Runnable onChange) {
        return new TraineeDialog(trainees, units, trainee, committee, onChange).dialog;
    }
}
