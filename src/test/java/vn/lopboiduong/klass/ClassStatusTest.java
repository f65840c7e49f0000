package vn.lopboiduong.klass;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassStatusTest {

    @Test
    void onlyTheTransitionsOfTheDomainAreAllowed() {
        assertThat(ClassStatus.DRAFT.next()).containsExactlyInAnyOrder(ClassStatus.PLANNED, ClassStatus.CANCELLED);
        assertThat(ClassStatus.PLANNED.next()).containsExactlyInAnyOrder(ClassStatus.IN_PROGRESS,
                ClassStatus.CANCELLED);
        assertThat(ClassStatus.IN_PROGRESS.next()).containsExactly(ClassStatus.COMPLETED);
        assertThat(ClassStatus.COMPLETED.next()).isEmpty();
        assertThat(ClassStatus.CANCELLED.next()).isEmpty();
        assertThat(ClassStatus.DRAFT.canMoveTo(ClassStatus.IN_PROGRESS)).isFalse();
        assertThat(ClassStatus.IN_PROGRESS.canMoveTo(ClassStatus.CANCELLED)).isFalse();
    }

    @Test
    void openedAndClosedClassesCountAsHeld() {
        assertThat(ClassStatus.IN_PROGRESS.isHeld()).isTrue();
        assertThat(ClassStatus.COMPLETED.isHeld()).isTrue();
        assertThat(ClassStatus.PLANNED.isHeld()).isFalse();
        assertThat(ClassStatus.CANCELLED.isHeld()).isFalse();
    }
}
