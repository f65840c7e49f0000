package vn.lopboiduong.trainee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.trainee.Trainee;
import vn.lopboiduong.trainee.TraineeOption;
import vn.lopboiduong.trainee.TraineeService;
import vn.lopboiduong.unit.UnitService;

/**
 * One person of the registry: their record (which the committee edits here) and, below, what other features know
 * of them ({@link TraineeSection}): their training history first.
 */
@Route("trainees/:" + TraineeView.ID + "(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.VIEWER})
public class TraineeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final TraineeService trainees;
    private final UnitService units;
    private final List<TraineeSection> sections;
    final Div facts = new Div();
    final Button edit = new Button();
    private @Nullable Trainee trainee;

    TraineeView(TraineeService trainees, UnitService units, ObjectProvider<TraineeSection> sections) {
        this.trainees = trainees;
        this.units = units;
        this.sections = sections.stream().sorted(Comparator.comparingInt(TraineeSection::order)).toList();
        addClassName("trainee-view");
        facts.addClassName("trainee-facts");
        edit.setText(getTranslation("action.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(click -> {
            Trainee shown = trainee;
            if (shown != null) {
                TraineeDialog.forExisting(trainees, units, shown, true, () -> reload(shown.requireId())).open();
            }
        });
        edit.setVisible(CurrentUser.isCommittee());
    }

    /** Opens a person's page. */
    public static void open(long traineeId) {
        com.vaadin.flow.component.UI.getCurrent().navigate("trainees/" + traineeId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(ID).orElse(-1L);
        Optional<Trainee> found = trainees.get(id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        show(found.get());
    }

    private void reload(long id) {
        trainees.get(id).ifPresent(this::show);
    }

    private void show(Trainee shown) {
        trainee = shown;
        removeAll();
        facts.removeAll();
        fact("trainees.gender", shown.getGender() == null ? null : getTranslation(shown.getGender().translationKey()));
        fact("trainees.born", shown.getBirthDate() != null
                ? vn.lopboiduong.base.i18n.DateFormats.format(shown.getBirthDate())
                : shown.getBirthYear() == null ? null : String.valueOf(shown.getBirthYear()));
        fact("trainees.ethnicity", shown.getEthnicity());
        fact("trainees.position", name(shown.getPosition()));
        fact("trainees.unit", shown.getPartyUnit() == null ? null : shown.getPartyUnit().getName());
        fact("trainees.workplace", shown.getWorkplace());
        fact("trainees.theory-level", name(shown.getTheoryLevel()));
        fact("trainees.education-level", name(shown.getEducationLevel()));
        fact("trainees.phone", shown.getPhone());
        fact("trainees.email", shown.getEmail());
        fact("trainees.citizen-id", shown.getCitizenId());
        fact("trainees.notes", shown.getNotes());
        var title = new H2(shown.getFullName());
        title.addClassName("trainee-name");
        var card = new Div(new Div(title, edit), facts);
        card.addClassName("card");
        add(card);
        sections.forEach(section -> add(section.content(shown.requireId())));
    }

    private void fact(String labelKey, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        var label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("plan-fact-label");
        var fact = new Div(label, new Span(value));
        fact.addClassName("plan-fact");
        facts.add(fact);
    }

    private static @Nullable String name(@Nullable TraineeOption option) {
        return option == null ? null : option.getName();
    }

    @Override
    public String getPageTitle() {
        return trainee == null ? getTranslation("menu.trainees") : trainee.getFullName();
    }
}
