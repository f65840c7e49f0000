package vn.lopboiduong.klass.timetable;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.klass.programme.TopicSessions;
import vn.lopboiduong.lecturer.Lecturer;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.security.Roles;

/** The timetable's answer to changes of a topic: how many sessions use it, and whether a new lecturer is free. */
@Service
@Transactional
class TimetableTopicSessions implements TopicSessions {

    private final ClassSessionRepository sessions;
    private final SessionConflicts conflicts;
    private final LecturerService lecturers;

    TimetableTopicSessions(ClassSessionRepository sessions, SessionConflicts conflicts, LecturerService lecturers) {
        this.sessions = sessions;
        this.conflicts = conflicts;
        this.lecturers = lecturers;
    }

    @Override
    @PreAuthorize(Roles.IS_COMMITTEE)
    @Transactional(readOnly = true)
    public long countOf(long topicId) {
        return sessions.countByTopicId(topicId);
    }

    @Override
    @PreAuthorize(Roles.IS_COMMITTEE)
    public void checkLecturerChange(long topicId, @Nullable Long lecturerId) {
        if (lecturerId == null) {
            return;
        }
        Lecturer lecturer = lecturers.get(lecturerId).orElseThrow(() -> new BusinessException("error.not-found"));
        // By date, so that two changes lock their days in the same order and never wait on each other in a circle.
        List<ClassSession> following = sessions.followingTopic(topicId).stream()
                .sorted(java.util.Comparator.comparing(ClassSession::getDate)).toList();
        // The topic's own sessions move together: they never clash with one another here.
        List<Long> moving = following.stream().map(ClassSession::requireId).toList();
        for (ClassSession session : following) {
            conflicts.refuse(session.getDate(), session.getStartTime(), session.getEndTime(), moving, lecturer,
                    null, null);
        }
    }
}
