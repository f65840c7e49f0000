package vn.lopboiduong.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A trash icon in a grid row deletes only through {@link RowActions#delete}, which asks first. */
class RowActionsTest {

    @Test
    void noTrashIconSkipsTheConfirmation() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.getFileName().toString().equals("RowActions.java"))
                    .filter(RowActionsTest::usesTheTrashIcon).toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static boolean usesTheTrashIcon(Path path) {
        try {
            return Files.readString(path).contains("VaadinIcon.TRASH");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
