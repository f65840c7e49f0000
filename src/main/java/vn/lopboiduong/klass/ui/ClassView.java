package vn.lopboiduong.klass.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.security.Roles;

/**
 * One class: its name and status above a row of tabs, each a {@link ClassTab} bean with its own address
 * ({@code /classes/{id}}, {@code /classes/{id}/programme}, …). A tab is built when first opened; switching tabs
 * pushes its address to the browser history, so a link or a reload opens the same tab and Back returns to the last.
 */
@Route("classes/:" + ClassView.ID + "(\\d+)/:" + ClassView.TAB + "?")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.VIEWER, Roles.LECTURER})
public class ClassView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String TAB = "tab";

    final Tabs tabs = new Tabs();
    final Div content = new Div();

    private final TrainingClassService classes;
    private final List<ClassTab> allTabs;
    private final Map<Tab, ClassTab> shownTabs = new LinkedHashMap<>();
    private final Map<Tab, com.vaadin.flow.component.Component> built = new HashMap<>();
    private @Nullable TrainingClass current;
    /** True while the page itself selects a tab (entering, reloading), so only a user's choice moves the URL. */
    private boolean selecting;

    ClassView(TrainingClassService classes, ObjectProvider<ClassTab> tabs) {
        this.classes = classes;
        this.allTabs = tabs.stream().sorted(Comparator.comparingInt(ClassTab::order)).toList();
        addClassName("class-view");
        this.tabs.addSelectedChangeListener(change -> {
            if (!selecting) {
                showSelected();
                ClassTab chosen = shownTabs.get(this.tabs.getSelectedTab());
                if (current != null && chosen != null) {
                    UI.getCurrent().navigate(ClassView.class, parameters(current.requireId(), chosen.path()));
                }
            }
        });
        content.addClassName("class-tab-content");
        content.setWidthFull();
    }

    /** The route parameters of a class's page, opened on its overview. */
    public static RouteParameters parameters(long classId) {
        return new RouteParameters(ID, String.valueOf(classId));
    }

    /** The route parameters of one tab of a class's page ("programme", "timetable", …). */
    public static RouteParameters parameters(long classId, String tabPath) {
        return tabPath.isEmpty() ? parameters(classId)
                : new RouteParameters(Map.of(ID, String.valueOf(classId), TAB, tabPath));
    }

    /** Opens a class's page on its overview. */
    public static void open(long classId) {
        UI.getCurrent().navigate(ClassView.class, parameters(classId));
    }

    /** Opens a class's page on one of its tabs. */
    public static void open(long classId, String tabPath) {
        UI.getCurrent().navigate(ClassView.class, parameters(classId, tabPath));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(ID).orElse(-1L);
        String path = event.getRouteParameters().get(TAB).orElse("");
        if (current == null || current.requireId() != id) {
            Optional<TrainingClass> found = classes.get(id);
            if (found.isEmpty()) {
                event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
                return;
            }
            show(found.get());
        }
        Optional<Tab> tab = tabAt(path);
        if (tab.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        select(tab.get());
    }

    private void select(Tab tab) {
        selecting = true;
        try {
            tabs.setSelectedTab(tab);
        } finally {
            selecting = false;
        }
        showSelected();
    }

    private void show(TrainingClass trainingClass) {
        current = trainingClass;
        removeAll();
        tabs.removeAll();
        shownTabs.clear();
        built.clear();
        var title = new H2(trainingClass.getNameWithCohort());
        var header = new Div(title, ClassListView.StatusBadge.of(trainingClass.getStatus()));
        header.addClassName("class-header");
        for (ClassTab classTab : allTabs) {
            if (classTab.shownFor(trainingClass)) {
                var tab = new Tab(getTranslation(classTab.titleKey()));
                tab.setId("class-tab-" + (classTab.path().isEmpty() ? "overview" : classTab.path()));
                shownTabs.put(tab, classTab);
            }
        }
        selecting = true;
        try {
            tabs.add(shownTabs.keySet().toArray(Tab[]::new));
        } finally {
            selecting = false;
        }
        tabs.setWidthFull();
        add(header, tabs, content);
    }

    private Optional<Tab> tabAt(String path) {
        return shownTabs.entrySet().stream().filter(entry -> entry.getValue().path().equals(path))
                .map(Map.Entry::getKey).findFirst();
    }

    private void showSelected() {
        Tab tab = tabs.getSelectedTab();
        TrainingClass trainingClass = current;
        if (tab == null || trainingClass == null || !shownTabs.containsKey(tab)) {
            return;
        }
        ClassTab classTab = shownTabs.get(tab);
        content.removeAll();
        content.add(built.computeIfAbsent(tab, key -> classTab.content(trainingClass, this::reload)));
    }

    /** Reads the class again after it changed (renamed, moved to another status): header, title and tabs follow. */
    private void reload() {
        if (current == null) {
            return;
        }
        String path = Optional.ofNullable(shownTabs.get(tabs.getSelectedTab())).map(ClassTab::path).orElse("");
        Optional<TrainingClass> fresh = classes.get(current.requireId());
        if (fresh.isEmpty()) {
            UI.getCurrent().navigate(ClassListView.class);
            return;
        }
        show(fresh.get());
        tabAt(path).or(() -> shownTabs.keySet().stream().findFirst()).ifPresent(this::select);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public String getPageTitle() {
        return current == null ? getTranslation("menu.classes")
                : current.getCode() + " – " + current.getNameWithCohort();
    }
}
