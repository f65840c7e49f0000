package vn.lopboiduong.klass.programme;

import org.jspecify.annotations.Nullable;

/**
 * What a topic's sessions say about a change to the topic. The timetable implements it, so that the programme
 * need not depend on the timetable that is built on it.
 */
public interface TopicSessions {

    /** How many sessions are about the topic. */
    long countOf(long topicId);

    /**
     * Refuses, naming the clash, a new topic lecturer who would then teach two overlapping sessions: the topic's
     * sessions without a lecturer of their own follow the topic's.
     */
    void checkLecturerChange(long topicId, @Nullable Long lecturerId);
}
