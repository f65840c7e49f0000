package vn.lopboiduong.lecturer.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.ui.Confirmations;
import vn.lopboiduong.base.ui.FormDialog;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.base.ui.Notifications;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.lecturer.AcademicTitle;
import vn.lopboiduong.lecturer.Degree;
import vn.lopboiduong.lecturer.Lecturer;
import vn.lopboiduong.lecturer.LecturerKind;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.unit.Unit;
import vn.lopboiduong.unit.UnitNode;
import vn.lopboiduong.unit.UnitService;
import vn.lopboiduong.user.UserAccount;
import vn.lopboiduong.user.UserService;

/** Creates or edits a lecturer; a lecturer editing their own record changes only their contact details. */
final class LecturerDialog {

    final TextField fullName = new TextField();
    final Select<LecturerKind> kind = new Select<>();
    final Select<@Nullable AcademicTitle> academicTitle = new Select<>();
    final Select<@Nullable Degree> degree = new Select<>();
    final TextField position = new TextField();
    final ComboBox<UnitNode> unit = new ComboBox<>();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<UserService.AccountOption> account = new ComboBox<>();
    final FormDialog<Lecturer> dialog;

    private final BeanValidationBinder<Lecturer> binder = FormDialog.binder(Lecturer.class);

    private LecturerDialog(LecturerService lecturers, UnitService units, UserService users, Lecturer lecturer,
            boolean committee, Runnable onChange) {
        var form = new FormLayout();
        fullName.setLabel(form.getTranslation("lecturers.full-name"));
        kind.setLabel(form.getTranslation("lecturers.kind"));
        kind.setItems(LecturerKind.values());
        kind.setItemLabelGenerator(value -> form.getTranslation(value.translationKey()));
        academicTitle.setLabel(form.getTranslation("lecturers.academic-title"));
        academicTitle.setItems(AcademicTitle.values());
        academicTitle.setEmptySelectionAllowed(true);
        academicTitle.setItemLabelGenerator(value -> value == null ? "" : value.abbreviation());
        degree.setLabel(form.getTranslation("lecturers.degree"));
        degree.setItems(Degree.values());
        degree.setEmptySelectionAllowed(true);
        degree.setItemLabelGenerator(value -> value == null ? "" : value.abbreviation());
        position.setLabel(form.getTranslation("lecturers.position"));
        unit.setLabel(form.getTranslation("lecturers.unit"));
        unit.setClearButtonVisible(true);
        unit.setItemLabelGenerator(UnitNode::name);
        LazyGrids.bindFiltered(unit, units::search, units::countSearch);
        phone.setLabel(form.getTranslation("lecturers.phone"));
        email.setLabel(form.getTranslation("lecturers.email"));
        account.setLabel(form.getTranslation("lecturers.account"));
        account.setHelperText(form.getTranslation("lecturers.account.help"));
        account.setClearButtonVisible(true);
        account.setItemLabelGenerator(option -> option.fullName() + " (" + option.username() + ")");

        binder.forField(fullName).bind("fullName");
        binder.forField(kind).bind("kind");
        binder.forField(academicTitle).bind("academicTitle");
        binder.forField(degree).bind("degree");
        binder.forField(position).withNullRepresentation("").bind("position");
        binder.forField(phone).withNullRepresentation("").bind("phone");
        binder.forField(email).withNullRepresentation("").bind("email");

        Unit current = lecturer.getUnit();
        if (current != null) {
            unit.setValue(new UnitNode(current.requireId(), current.getCode(), current.getName(), current.getKind(),
                    null, null, 0));
        }
        UserAccount linked = lecturer.getUser();
        if (committee) {
            LazyGrids.bindFiltered(account, users::lecturerAccounts, users::countLecturerAccounts);
        }
        if (linked != null) {
            var option = new UserService.AccountOption(linked.requireId(), linked.getUsername(),
                    linked.getFullName());
            if (!committee) {
                // Only the committee lists accounts to choose from; others see the linked one, and a value
                // without items made the dialog fail to open for a lecturer's own record.
                account.setItems(option);
            }
            account.setValue(option);
        }
        // A lecturer editing their own record changes only their contact details: the service refuses the rest.
        List<HasValue<?, ?>> committeeKeeps = List.of(fullName, academicTitle, degree, kind, position, unit, account);
        for (HasValue<?, ?> committeeKept : committeeKeeps) {
            committeeKept.setReadOnly(!committee);
            committeeKept.setRequiredIndicatorVisible(committee && committeeKept.isRequiredIndicatorVisible());
        }

        form.add(fullName, 2);
        form.add(academicTitle, degree, kind, position);
        form.add(unit, 2);
        form.add(phone, email);
        form.add(account, 2);

        dialog = new FormDialog<>(form.getTranslation(lecturer.isNew() ? "lecturers.dialog.new"
                : "lecturers.dialog.edit", lecturer.getDisplayName()), form, binder, lecturer, edited -> {
                    Long unitId = unit.getValue() == null ? null : unit.getValue().id();
                    Long userId = account.getValue() == null ? null : account.getValue().id();
                    return edited.isNew() ? lecturers.create(edited, unitId, userId)
                            : lecturers.update(edited, unitId, userId);
                })
                .onSaved(saved -> form.getTranslation("lecturers.saved", saved.getDisplayName()),
                        saved -> onChange.run());

        UserAccount owner = lecturer.getUser();
        boolean own = owner != null && owner.getUsername().equals(CurrentUser.username().orElse(null));
        if (!committee && !own) {
            // A leader reads the registry; only the committee and the lecturer themselves change a record.
            dialog.readOnly();
        }
        if (!lecturer.isNew()) {
            long id = lecturer.requireId();
            dialog.reloadWith(() -> lecturers.get(id),
                    fresh -> forExisting(lecturers, units, users, fresh, committee, onChange));
        }
        if (committee && !lecturer.isNew()) {
            var delete = new Button(form.getTranslation("action.delete"), click -> Confirmations.delete(
                    form.getTranslation("lecturers.delete.title"),
                    form.getTranslation("lecturers.delete.text", lecturer.getFullName()), () -> {
                        if (ServiceCalls.run(() -> lecturers.delete(lecturer.requireId()))) {
                            Notifications.success(form.getTranslation("lecturers.deleted", lecturer.getFullName()));
                            dialog.close();
                            onChange.run();
                        }
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.addExtraActions(delete);
        }
    }

    static FormDialog<Lecturer> forNew(LecturerService lecturers, UnitService units, UserService users,
            Runnable onChange) {
        return new LecturerDialog(lecturers, units, users, new Lecturer("", LecturerKind.INTERNAL), true, onChange)
                .dialog;
    }

    static FormDialog<Lecturer> forExisting(LecturerService lecturers, UnitService units, UserService users,
            Lecturer lecturer, boolean committee, Runnable onChange) {
        return new LecturerDialog(lecturers, units, users, lecturer, committee, onChange).dialog;
    }
}
