package vn.lopboiduong.klass;

import org.jspecify.annotations.Nullable;
import vn.lopboiduong.security.CurrentUser;

/**
 * Who reads a class, declared once: the committee and leaders read every class; a lecturer reads a class when they
 * teach one of its topics or one of its sessions (a substitute who teaches a single session of someone else's
 * topic reads the class too). Every query about classes, their programme, timetable, board and exports applies this
 * rule, in JPQL so that it names the sub-features' entities without this package depending on them.
 */
public final class ClassReaders {

    /** JPQL: the ids of the classes that the lecturer whose user name is {@code :teacher} reads. */
    public static final String CLASS_IDS_READ_BY_TEACHER = """
            select rc.id from TrainingClass rc
            where exists (select rt.id from ClassTopic rt
                          where rt.trainingClass = rc and rt.lecturer.user.username = :teacher)
               or exists (select rs.id from ClassSession rs
                          where rs.trainingClass = rc and rs.lecturer.user.username = :teacher)""";

    /**
     * JPQL: the ids of the class topics whose lecturer is the one whose user name is {@code :teacher}. A topic's
     * own work (its plan) belongs to its lecturer alone: a substitute for one session reads the class, not the plan.
     */
    public static final String TOPIC_IDS_TAUGHT_BY_TEACHER = """
            select tt.id from ClassTopic tt where tt.lecturer.user.username = :teacher""";

    private ClassReaders() {
    }

    /** The lecturer whose classes the signed-in user is limited to, or null when they read every class. */
    public static @Nullable String teacher() {
        return CurrentUser.isLecturerOnly() ? CurrentUser.requireUsername() : null;
    }
}
