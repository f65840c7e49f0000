package vn.lopboiduong.program.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.program.Program;
import vn.lopboiduong.program.ProgramService;
import vn.lopboiduong.program.ProgramTopic;
import vn.lopboiduong.program.TopicKind;

@SpringBootTest
@WithMockUser(username = "organizer", roles = "ORGANIZER")
class ProgramViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgramService programs;

    private long newProgram() {
        long id = programs.save(new Program("Chương trình thử " + UUID.randomUUID().toString().substring(0, 6)))
                .requireId();
        programs.addTopic(id, new ProgramTopic("Chuyên đề một", null, TopicKind.LECTURE, 5));
        return id;
    }

    private Button trash(ProgramView view) {
        var actions = test(view.grid).getCellComponent(0, view.grid.getColumns().size() - 1);
        return find(Button.class, actions).all().stream()
                .filter(button -> "Xóa".equals(button.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
    }

    @Test
    void theTrashIconAsksBeforeRemovingATopic() {
        long id = newProgram();
        ProgramView view = navigate("programs/" + id, ProgramView.class);
        test(trash(view)).click();

        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("Chuyên đề một");
        assertThat(programs.topics(id)).hasSize(1);
        test(confirm).cancel();
        assertThat(programs.topics(id)).hasSize(1);

        test(trash(view)).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(programs.topics(id)).isEmpty();
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void aTopicEditedMeanwhileReopensWithTheStoredTopicAndTheTypedTitle() {
        long id = newProgram();
        ProgramView view = navigate("programs/" + id, ProgramView.class);
        var actions = test(view.grid).getCellComponent(0, view.grid.getColumns().size() - 1);
        test(find(Button.class, actions).all().stream()
                .filter(button -> "Sửa".equals(button.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow()).click();
        Dialog stale = find(Dialog.class).single();
        test(find(TextField.class, stale).withLabel("Chuyên đề").single()).setValue("Chuyên đề đã sửa");

        ProgramTopic theirs = programs.topics(id).getFirst();
        theirs.setGroup("Phần I");
        programs.updateTopic(theirs);

        test(find(Button.class, stale).withText("Lưu").single()).click();
        Dialog reopened = find(Dialog.class).single();
        assertThat(find(TextField.class, reopened).withLabel("Chuyên đề").single().getValue())
                .isEqualTo("Chuyên đề đã sửa");
        assertThat(find(TextField.class, reopened).withLabel("Nhóm nội dung").single().getValue())
                .isEqualTo("Phần I");
        test(find(Button.class, reopened).withText("Lưu").single()).click();

        assertThat(programs.topics(id).getFirst().getTitle()).isEqualTo("Chuyên đề đã sửa");
        assertThat(programs.topics(id).getFirst().getGroup()).isEqualTo("Phần I");
    }
}
