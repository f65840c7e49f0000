package vn.lopboiduong.klass.timetable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.domain.SearchText;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.klass.programme.ClassTopic;
import vn.lopboiduong.lecturer.Lecturer;

/**
 * The timetable's one conflict check: a lecturer cannot teach two overlapping sessions and a room cannot hold two.
 * A session's lecturer is its effective one (its own, else its topic's). A refusal names its kind (lecturer or
 * room), the other class, its topic and the time. Callers are inside their service's transaction, which runs at
 * READ COMMITTED: the check first locks the day, so a second booking of that day waits until the first is
 * committed and then sees it.
 */
@Service
class SessionConflicts {

    private final ClassSessionRepository sessions;

    SessionConflicts(ClassSessionRepository sessions) {
        this.sessions = sessions;
    }

    /** Refuses the session if its effective lecturer or its room is taken at that time. */
    void refuse(ClassSession session) {
        String roomKey = session.getRoom() == null ? null : SearchText.fold(session.getRoom());
        refuse(session.getDate(), session.getStartTime(), session.getEndTime(),
                session.isNew() ? List.of() : List.of(session.requireId()), session.getEffectiveLecturer(),
                session.getRoom(), roomKey);
    }

    /** Refuses that time for the lecturer and the room, ignoring the sessions {@code ignored} (being changed). */
    void refuse(LocalDate date, LocalTime start, LocalTime end, List<Long> ignored, @Nullable Lecturer lecturer,
            @Nullable String room, @Nullable String roomKey) {
        if (lecturer == null && roomKey == null) {
            return;
        }
        sessions.ensureDayLock(date);
        sessions.lockDay(date);
        List<ClassSession> clashes = sessions.overlapping(date, start, end, ignored.isEmpty() ? List.of(-1L) : ignored,
                lecturer == null ? null : lecturer.getId(), roomKey);
        for (ClassSession other : clashes) {
            String when = DateFormats.format(other.getDate()) + " " + other.getStartTime() + "–" + other.getEndTime();
            ClassTopic topic = other.getTopic();
            String otherClass = other.getTrainingClass().getCode() + " – " + other.getTrainingClass().getName();
            Lecturer otherLecturer = other.getEffectiveLecturer();
            boolean lecturerClash = lecturer != null && otherLecturer != null && lecturer.equals(otherLecturer);
            String kind = lecturerClash ? "lecturer-busy" : "room-busy";
            String who = lecturerClash ? lecturer.getDisplayName() : room == null ? "" : room;
            if (topic == null) {
                throw new BusinessException("timetable.error." + kind + ".no-topic", who, otherClass, when);
            }
            throw new BusinessException("timetable.error." + kind, who, otherClass, topic.getTitle(), when);
        }
    }
}
