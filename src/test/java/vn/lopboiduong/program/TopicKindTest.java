package vn.lopboiduong.program;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicKindTest {

    @Test
    void kindsSortInTheOrderAClassMeetsThem() {
        // The topic grids sort the kind column by the enum, so its declaration order is what users see.
        assertThat(TopicKind.values()).containsExactly(TopicKind.OPENING, TopicKind.LECTURE, TopicKind.DISCUSSION,
                TopicKind.FIELD_STUDY, TopicKind.EXAM, TopicKind.CLOSING);
    }
}
