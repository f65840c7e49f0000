package vn.lopboiduong.klass.programme;

import org.jspecify.annotations.Nullable;
import vn.lopboiduong.program.TopicKind;

/** One line of a class's programme as the programme tab shows it. */
public record ClassTopicRow(long id, int position, String title, @Nullable String group, TopicKind kind,
        int periods, @Nullable Long lecturerId, @Nullable String lecturerName) {
}
