package vn.lopboiduong.klass.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.TestData;
import vn.lopboiduong.klass.programme.ApplyMode;
import vn.lopboiduong.klass.programme.ClassTopic;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.klass.ui.ClassView;
import vn.lopboiduong.program.Program;
import vn.lopboiduong.program.ProgramService;
import vn.lopboiduong.program.ProgramTopic;
import vn.lopboiduong.program.TopicKind;

@SpringBootTest
@WithMockUser(username = "organizer", roles = "ORGANIZER")
class ClassProgrammeTabTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    ProgramService programs;

    @Autowired
    ClassTopicService topics;

    @Test
    void applyingToAClassWithTopicsAsksWhetherToReplaceOrAppend() {
        long classId = data.newClass("PT", LocalDate.of(2029, 9, 3), LocalDate.of(2029, 9, 4), null);
        Program program = programs.save(new Program("Chương trình hai lần " + UUID.randomUUID()));
        programs.addTopic(program.requireId(), new ProgramTopic("Khai giảng", null, TopicKind.OPENING, 1));
        programs.addTopic(program.requireId(), new ProgramTopic("Công tác dân vận", null, TopicKind.LECTURE, 5));
        topics.applyProgram(classId, program.requireId(), ApplyMode.APPEND);

        navigate("classes/" + classId + "/programme", ClassView.class);
        ClassProgrammeTab tab = find(ClassProgrammeTab.class).single();
        tab.program.setValue(program);
        test(tab.apply).click();
        ConfirmDialog question = find(ConfirmDialog.class).single();
        assertThat(test(question).getText()).contains("2", program.getName());
        assertThat(test(tab.grid).size()).isEqualTo(2);
        test(question).confirm();
        assertThat(test(tab.grid).size()).isEqualTo(2);

        test(tab.apply).click();
        test(find(ConfirmDialog.class).single()).reject();
        assertThat(test(tab.grid).size()).isEqualTo(4);
    }

    @Test
    void removingATopicAsksFirst() {
        long classId = data.newClass("PR", LocalDate.of(2029, 9, 5), LocalDate.of(2029, 9, 6), null);
        topics.addTopic(classId, new vn.lopboiduong.klass.programme.ClassTopic("Chuyên đề sẽ xóa", null,
                TopicKind.LECTURE, 4), null);
        navigate("classes/" + classId + "/programme", ClassView.class);
        ClassProgrammeTab tab = find(ClassProgrammeTab.class).single();
        test(trash(tab)).click();
        ConfirmDialog question = find(ConfirmDialog.class).single();
        assertThat(test(question).getText()).contains("Chuyên đề sẽ xóa");
        test(question).cancel();
        assertThat(test(tab.grid).size()).isEqualTo(1);
        test(trash(tab)).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(test(tab.grid).size()).isZero();
    }

    @Test
    void aTopicEditedMeanwhileReopensWithTheStoredTopicAndTheTypedTitle() {
        long classId = data.newClass("PL", LocalDate.of(2029, 9, 7), LocalDate.of(2029, 9, 8), null);
        long topicId = topics.addTopic(classId, new ClassTopic("Chuyên đề cũ", null, TopicKind.LECTURE, 4), null)
                .requireId();
        navigate("classes/" + classId + "/programme", ClassView.class);
        ClassProgrammeTab tab = find(ClassProgrammeTab.class).single();
        var actions = test(tab.grid).getCellComponent(0, tab.grid.getColumns().size() - 1);
        test(find(Button.class, actions).all().stream()
                .filter(button -> "Sửa".equals(button.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow()).click();
        Dialog stale = find(Dialog.class).single();
        test(find(TextField.class, stale).withLabel("Chuyên đề").single()).setValue("Chuyên đề đã sửa");

        ClassTopic theirs = topics.getTopic(topicId);
        theirs.setPeriods(6);
        topics.updateTopic(theirs, null);

        test(find(Button.class, stale).withText("Lưu").single()).click();
        Dialog reopened = find(Dialog.class).single();
        assertThat(reopened).isNotSameAs(stale);
        assertThat(find(TextField.class, reopened).withLabel("Chuyên đề").single().getValue())
                .isEqualTo("Chuyên đề đã sửa");
        assertThat(find(IntegerField.class, reopened).single().getValue()).isEqualTo(6);
        test(find(Button.class, reopened).withText("Lưu").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        ClassTopic stored = topics.getTopic(topicId);
        assertThat(stored.getTitle()).isEqualTo("Chuyên đề đã sửa");
        assertThat(stored.getPeriods()).isEqualTo(6);
    }

    private Button trash(ClassProgrammeTab tab) {
        var actions = test(tab.grid).getCellComponent(0, tab.grid.getColumns().size() - 1);
        return (Button) actions.getChildren().reduce((first, second) -> second).orElseThrow();
    }
}
