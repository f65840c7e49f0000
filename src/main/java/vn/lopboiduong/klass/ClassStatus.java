package vn.lopboiduong.klass;

import java.util.EnumSet;
import java.util.Set;

/**
 * A class's life: DRAFT → PLANNED → IN_PROGRESS (opened) → COMPLETED (closed); CANCELLED from DRAFT or PLANNED.
 * No other move is allowed.
 */
public enum ClassStatus {
    DRAFT, PLANNED, IN_PROGRESS, COMPLETED, CANCELLED;

    public Set<ClassStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PLANNED, CANCELLED);
            case PLANNED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(ClassStatus.class);
        };
    }

    public boolean canMoveTo(ClassStatus target) {
        return next().contains(target);
    }

    /** Opened or closed: counts as held towards a plan's target. */
    public boolean isHeld() {
        return this == IN_PROGRESS || this == COMPLETED;
    }

    /** Not closed or cancelled: the committee may still change the class's programme, timetable and board. */
    public boolean isOpenForChanges() {
        return this != COMPLETED && this != CANCELLED;
    }

    public String translationKey() {
        return "class.status." + name();
    }
}
