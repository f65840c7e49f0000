package vn.lopboiduong.unit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.ui.Confirmations;
import vn.lopboiduong.base.ui.FormDialog;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.base.ui.Notifications;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.unit.Unit;
import vn.lopboiduong.unit.UnitKind;
import vn.lopboiduong.unit.UnitNode;
import vn.lopboiduong.unit.UnitService;

/** Creates, edits, moves (a new parent) or deletes one unit. */
final class UnitDialog {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final Select<UnitKind> kind = new Select<>();
    final ComboBox<UnitNode> parent = new ComboBox<>();
    final TextField address = new TextField();
    final FormDialog<Unit> dialog;

    private final BeanValidationBinder<Unit> binder = FormDialog.binder(Unit.class);

    private UnitDialog(UnitService units, Unit unit, @Nullable UnitNode parentNode, Runnable onChange) {
        var form = new FormLayout();
        code.setLabel(form.getTranslation("units.code"));
        name.setLabel(form.getTranslation("units.name"));
        kind.setLabel(form.getTranslation("units.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(value -> form.getTranslation(value.translationKey()));
        parent.setLabel(form.getTranslation("units.parent"));
        parent.setHelperText(form.getTranslation("units.parent.help"));
        parent.setClearButtonVisible(true);
        parent.setItemLabelGenerator(node -> node.name() + " (" + node.code() + ")");
        LazyGrids.bindFiltered(parent, units::search, units::countSearch);
        parent.setValue(parentNode);
        address.setLabel(form.getTranslation("units.address"));

        // Bound by property name, so that the entity's Bean Validation rules check each field as it is typed.
        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(kind).bind("kind");
        binder.forField(address).withNullRepresentation("").bind("address");

        form.add(code, kind);
        form.add(name, 2);
        form.add(parent, 2);
        form.add(address, 2);

        dialog = new FormDialog<>(form.getTranslation(unit.isNew() ? "units.dialog.new" : "units.dialog.edit",
                unit.getName()), form, binder, unit, edited -> {
                    Long parentId = parent.getValue() == null ? null : parent.getValue().id();
                    return edited.isNew() ? units.create(edited, parentId) : units.update(edited, parentId);
                })
                .onSaved(saved -> form.getTranslation("units.saved", saved.getName()), saved -> onChange.run());
        if (!unit.isNew()) {
            long id = unit.requireId();
            dialog.reloadWith(() -> units.get(id), fresh -> forExisting(units, fresh, onChange));
            var delete = new Button(form.getTranslation("action.delete"), click -> confirmDelete(units, unit,
                    onChange));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.addExtraActions(delete);
        }
    }

    static FormDialog<Unit> forNew(UnitService units, @Nullable UnitNode parentNode, Runnable onChange) {
        return new UnitDialog(units, new Unit("", "", UnitKind.PARTY_CELL, null), parentNode, onChange).dialog;
    }

    static FormDialog<Unit> forExisting(UnitService units, Unit unit, Runnable onChange) {
        Unit current = unit.getParent();
        UnitNode parentNode = current == null ? null : new UnitNode(current.requireId(), current.getCode(),
                current.getName(), current.getKind(), null, null, 0);
        return new UnitDialog(units, unit, parentNode, onChange).dialog;
    }

    private void confirmDelete(UnitService units, Unit unit, Runnable onChange) {
        Confirmations.delete(dialog.getTranslation("units.delete.title"),
                dialog.getTranslation("units.delete.text", unit.getName()), () -> {
                    if (ServiceCalls.run(() -> units.delete(unit.requireId()))) {
                        Notifications.success(dialog.getTranslation("units.deleted", unit.getName()));
                        dialog.close();
                        onChange.run();
                    }
                });
    }
}
