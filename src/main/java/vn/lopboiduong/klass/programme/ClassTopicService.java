package vn.lopboiduong.klass.programme;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.lecturer.Lecturer;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.program.ProgramService;
import vn.lopboiduong.program.ProgramTopic;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;

/**
 * A class's own programme. Applying a reusable programme copies its topics, so later edits here never change the
 * programme. The committee edits it while the class is not closed or cancelled; leaders read it; a lecturer reads
 * the programme of a class they teach in.
 */
@Service
@Validated
@Transactional
public class ClassTopicService {

    private final ClassTopicRepository topics;
    private final TrainingClassService classes;
    private final ProgramService programs;
    private final LecturerService lecturers;
    private final TopicSessions sessions;

    ClassTopicService(ClassTopicRepository topics, TrainingClassService classes, ProgramService programs,
            LecturerService lecturers, TopicSessions sessions) {
        this.sessions = sessions;
        this.topics = topics;
        this.classes = classes;
        this.programs = programs;
        this.lecturers = lecturers;
    }

    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<ClassTopicRow> topics(long classId) {
        classes.checkReadable(classId);
        return topics.findByTrainingClassIdOrderByPosition(classId).stream().map(ClassTopicService::row)
                .toList();
    }

    /**
     * Copies the programme's topics into the class's programme, after its topics or in their place, as the caller
     * chose; returns how many were copied. Replacing is refused while sessions of the timetable use a topic.
     */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public int applyProgram(long classId, long programId, ApplyMode mode) {
        TrainingClass trainingClass = classes.requireOpen(classId);
        List<ProgramTopic> source = programs.topics(programId);
        if (mode == ApplyMode.REPLACE) {
            List<ClassTopic> existing = topics.findByTrainingClassIdOrderByPosition(classId);
            long used = existing.stream().mapToLong(topic -> sessions.countOf(topic.requireId())).sum();
            if (used > 0) {
                throw new BusinessException("classes.programme.error.replace-used", used);
            }
            topics.deleteAll(existing);
            topics.flush();
        }
        int position = topics.maxPosition(classId);
        for (ProgramTopic item : source) {
            var copy = new ClassTopic(item.getTitle(), item.getGroup(), item.getKind(), item.getPeriods());
            copy.copyContentFrom(item);
            copy.setTrainingClass(trainingClass);
            copy.setPosition(++position);
            topics.save(copy);
        }
        return source.size();
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    public ClassTopic addTopic(long classId, @Valid ClassTopic topic, @Nullable Long lecturerId) {
        topic.setTrainingClass(classes.requireOpen(classId));
        topic.setPosition(topics.maxPosition(classId) + 1);
        topic.setLecturer(lecturer(lecturerId));
        return topics.save(topic);
    }

    /**
     * Saves an edited topic and its lecturer; the version it was read at must be current. The topic's sessions
     * without a lecturer of their own follow a new lecturer, so the change is refused if it would double-book them.
     */
    @PreAuthorize(Roles.IS_COMMITTEE)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ClassTopic updateTopic(@Valid ClassTopic edited, @Nullable Long lecturerId) {
        ClassTopic stored = require(edited.requireId());
        classes.requireOpen(stored.getTrainingClass().requireId());
        Lecturer before = stored.getLecturer();
        if (lecturerId != null && (before == null || !lecturerId.equals(before.getId()))) {
            sessions.checkLecturerChange(stored.requireId(), lecturerId);
        }
        edited.setTrainingClass(stored.getTrainingClass());
        edited.setPosition(stored.getPosition());
        edited.setLecturer(lecturer(lecturerId));
        return topics.save(edited);
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    public ClassTopic getTopic(long topicId) {
        return require(topicId);
    }

    /** The class's topics in programme order, to lay its timetable over. */
    @PreAuthorize(Roles.IS_COMMITTEE)
    @Transactional(readOnly = true)
    public List<ClassTopic> topicsInOrder(long classId) {
        return topics.findByTrainingClassIdOrderByPosition(classId);
    }

    /** A topic of that class (a session is about a topic of its own class only). */
    @PreAuthorize(Roles.IS_COMMITTEE)
    @Transactional(readOnly = true)
    public ClassTopic topicOf(long classId, long topicId) {
        return topics.findById(topicId).filter(t -> t.getTrainingClass().requireId() == classId)
                .orElseThrow(() -> new BusinessException("error.not-found"));
    }

    /** Removes a topic no session is about; a topic with sessions is refused, naming how many use it. */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public void removeTopic(long topicId) {
        ClassTopic topic = require(topicId);
        long classId = topic.getTrainingClass().requireId();
        classes.requireOpen(classId);
        long used = sessions.countOf(topicId);
        if (used > 0) {
            throw new BusinessException("topics.error.has-sessions", topic.getTitle(), used);
        }
        topics.delete(topic);
        topics.flush();
        renumber(topics.findByTrainingClassIdOrderByPosition(classId));
    }

    /** Moves a topic one place up (-1) or down (+1). */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public void moveTopic(long topicId, int direction) {
        ClassTopic topic = require(topicId);
        long classId = topic.getTrainingClass().requireId();
        classes.requireOpen(classId);
        List<ClassTopic> ordered = new ArrayList<>(topics.findByTrainingClassIdOrderByPosition(classId));
        int index = ordered.indexOf(topic);
        int target = index + Integer.signum(direction);
        if (target >= 0 && target < ordered.size()) {
            Collections.swap(ordered, index, target);
            renumber(ordered);
        }
    }


    private @Nullable Lecturer lecturer(@Nullable Long lecturerId) {
        return lecturerId == null ? null : lecturers.get(lecturerId)
                .orElseThrow(() -> new BusinessException("error.not-found"));
    }

    private ClassTopic require(long topicId) {
        return topics.findById(topicId).orElseThrow(() -> new BusinessException("error.not-found"));
    }

    private static void renumber(List<ClassTopic> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i + 1);
        }
    }

    private static ClassTopicRow row(ClassTopic topic) {
        Lecturer lecturer = topic.getLecturer();
        return new ClassTopicRow(topic.requireId(), topic.getPosition(), topic.getTitle(), topic.getGroup(),
                topic.getKind(), topic.getPeriods(), lecturer == null ? null : lecturer.getId(),
                lecturer == null ? null : lecturer.getDisplayName());
    }
}
