package vn.lopboiduong.klass.timetable;

import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.domain.SearchText;
import vn.lopboiduong.lecturer.Lecturer;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.klass.ClassReaders;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.programme.ClassTopic;
import vn.lopboiduong.klass.programme.ClassTopicService;

/**
 * A class's timetable. A lecturer cannot teach two overlapping sessions and a room cannot hold two
 * ({@link SessionConflicts}); a session's lecturer is its own, else its topic's. A first draft is generated from the programme over the class's
 * dates, then adjusted by hand.
 */
@Service
@Validated
@Transactional
public class TimetableService {

    /** One teaching period (tiết) lasts 45 minutes; a half-day holds five. */
    static final Duration PERIOD = Duration.ofMinutes(45);
    static final int PERIODS_PER_HALF_DAY = 5;

    private final ClassSessionRepository sessions;
    private final TrainingClassService classes;
    private final ClassTopicService topics;
    private final LecturerService lecturers;
    private final SessionConflicts conflicts;
    private final java.time.Clock clock;

    TimetableService(ClassSessionRepository sessions, TrainingClassService classes, ClassTopicService topics,
            LecturerService lecturers, SessionConflicts conflicts, java.time.Clock clock) {
        this.clock = clock;
        this.conflicts = conflicts;
        this.sessions = sessions;
        this.classes = classes;
        this.topics = topics;
        this.lecturers = lecturers;
    }

    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<SessionRow> sessions(long classId) {
        classes.checkReadable(classId);
        return sessions.findByTrainingClassIdOrderByDateAscStartTimeAsc(classId).stream()
                .map(TimetableService::row).toList();
    }

    /**
     * Every class's sessions in the week starting on that Monday (any other day counts as its week's Monday), by
     * date and time, narrowed by the filter in one query. A lecturer sees only the classes they teach, as in
     * {@link #sessions}.
     */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<SessionRow> week(LocalDate monday, WeekFilter filter) {
        LocalDate from = mondayOf(monday);
        return sessions.between(from, from.plusDays(6), filter.lecturerId(), filter.classId(), roomQuery(filter),
                ClassReaders.teacher()).stream().map(TimetableService::row).toList();
    }

    /** The first date on or after {@code from} with a session the filter and the caller's role let through. */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public Optional<LocalDate> nextSessionDate(LocalDate from, WeekFilter filter) {
        return Optional.ofNullable(sessions.firstDateFrom(from, filter.lecturerId(), filter.classId(),
                roomQuery(filter), ClassReaders.teacher()));
    }

    /** The last date before {@code before} with a session the filter and the caller's role let through. */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public Optional<LocalDate> previousSessionDate(LocalDate before, WeekFilter filter) {
        return Optional.ofNullable(sessions.lastDateBefore(before, filter.lecturerId(), filter.classId(),
                roomQuery(filter), ClassReaders.teacher()));
    }

    /** The Monday of the week holding that date (plain date arithmetic: it reads nothing, so needs no role). */
    public static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static @Nullable String roomQuery(WeekFilter filter) {
        String folded = SearchText.fold(filter.room());
        return folded.isEmpty() ? null : folded;
    }


    /** The signed-in lecturer's sessions from today on, soonest first. */
    @PreAuthorize("hasRole('" + Roles.LECTURER + "')")
    @Transactional(readOnly = true)
    public List<SessionRow> myUpcoming(org.springframework.data.domain.Pageable pageable) {
        return sessions.upcomingFor(CurrentUser.requireUsername(), LocalDate.now(clock), pageable).stream()
                .map(TimetableService::row).toList();
    }

    @PreAuthorize("hasRole('" + Roles.LECTURER + "')")
    @Transactional(readOnly = true)
    public long countMyUpcoming() {
        return sessions.countUpcomingFor(CurrentUser.requireUsername(), LocalDate.now(clock));
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    @Transactional(readOnly = true)
    public ClassSession get(long sessionId) {
        return require(sessionId);
    }

    /** Adds a session for a topic of the class; without a lecturer of its own it follows the topic's. */
    @PreAuthorize(Roles.IS_COMMITTEE)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ClassSession add(long classId, @Valid ClassSession session, @Nullable Long topicId,
            @Nullable Long lecturerId) {
        session.setTrainingClass(classes.requireOpen(classId));
        link(session, classId, topicId, lecturerId);
        conflicts.refuse(session);
        return sessions.save(session);
    }

    /** Saves an edited session; the version it was read at must be current. */
    @PreAuthorize(Roles.IS_COMMITTEE)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ClassSession update(@Valid ClassSession edited, @Nullable Long topicId, @Nullable Long lecturerId) {
        ClassSession stored = require(edited.requireId());
        long classId = stored.getTrainingClass().requireId();
        classes.requireOpen(classId);
        edited.setTrainingClass(stored.getTrainingClass());
        link(edited, classId, topicId, lecturerId);
        conflicts.refuse(edited);
        return sessions.save(edited);
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    public void delete(long sessionId) {
        ClassSession session = require(sessionId);
        classes.requireOpen(session.getTrainingClass().requireId());
        sessions.delete(session);
    }

    /**
     * Lays the programme's topics over the class's dates, mornings and afternoons from Monday to Saturday, five
     * periods to a half-day; a longer topic continues in the next half-day. Refused if the class already has
     * sessions, if the programme does not fit the dates, or if a lecturer or the room is taken.
     */
    @PreAuthorize(Roles.IS_COMMITTEE)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int generateDraft(long classId) {
        TrainingClass trainingClass = classes.requireOpen(classId);
        if (sessions.existsByTrainingClassId(classId)) {
            throw new BusinessException("timetable.error.exists");
        }
        if (trainingClass.getStartDate() == null || trainingClass.getEndDate() == null) {
            throw new BusinessException("class.error.dates-required");
        }
        List<Slot> slots = slots(trainingClass.getStartDate(), trainingClass.getEndDate());
        int slotIndex = 0;
        int usedInSlot = 0;
        int created = 0;
        for (ClassTopic topic : topics.topicsInOrder(classId)) {
            int remaining = Math.max(1, topic.getPeriods());
            while (remaining > 0) {
                if (slotIndex >= slots.size()) {
                    throw new BusinessException("timetable.error.does-not-fit", trainingClass.getCode());
                }
                Slot slot = slots.get(slotIndex);
                int take = Math.min(remaining, PERIODS_PER_HALF_DAY - usedInSlot);
                LocalTime start = slot.part().start().plus(PERIOD.multipliedBy(usedInSlot));
                LocalTime end = start.plus(PERIOD.multipliedBy(take));
                var session = new ClassSession(slot.date(), slot.part());
                session.setStartTime(start);
                session.setEndTime(end.isAfter(slot.part().end()) ? slot.part().end() : end);
                session.setRoom(trainingClass.getVenue());
                session.setTrainingClass(trainingClass);
                // Without a lecturer of its own the session follows its topic's, even a later one.
                session.setTopic(topic);
                conflicts.refuse(session);
                sessions.save(session);
                created++;
                remaining -= take;
                usedInSlot += take;
                if (usedInSlot >= PERIODS_PER_HALF_DAY) {
                    slotIndex++;
                    usedInSlot = 0;
                }
            }
        }
        return created;
    }

    record Slot(LocalDate date, DayPart part) {
    }

    static List<Slot> slots(LocalDate from, LocalDate to) {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                slots.add(new Slot(day, DayPart.MORNING));
                slots.add(new Slot(day, DayPart.AFTERNOON));
            }
        }
        return slots;
    }

    private void link(ClassSession session, long classId, @Nullable Long topicId, @Nullable Long lecturerId) {
        ClassTopic topic = null;
        if (topicId != null) {
            topic = topics.topicOf(classId, topicId);
        }
        session.setTopic(topic);
        // No lecturer of its own: the session follows its topic's lecturer, now and after a change.
        session.setLecturer(lecturerId == null ? null
                : lecturers.get(lecturerId).orElseThrow(() -> new BusinessException("error.not-found")));
    }


    private ClassSession require(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new BusinessException("error.not-found"));
    }

    private static SessionRow row(ClassSession s) {
        Lecturer lecturer = s.getEffectiveLecturer();
        ClassTopic topic = s.getTopic();
        return new SessionRow(s.requireId(), s.getTrainingClass().requireId(), s.getTrainingClass().getCode(),
                s.getTrainingClass().getName(), s.getDate(), s.getDayPart(), s.getStartTime(), s.getEndTime(),
                topic == null ? null : topic.getId(), topic == null ? null : topic.getTitle(),
                lecturer == null ? null : lecturer.getId(), lecturer == null ? null : lecturer.getDisplayName(),
                s.getLecturer() == null && lecturer != null, s.getRoom());
    }
}
