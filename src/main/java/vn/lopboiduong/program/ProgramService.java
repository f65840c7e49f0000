package vn.lopboiduong.program;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.domain.PageOfRows;
import vn.lopboiduong.base.domain.SearchSpecifications;
import vn.lopboiduong.security.Roles;

/** Reusable programmes and their ordered topics: the committee edits them, leaders read them. */
@Service
@Validated
@Transactional
public class ProgramService {

    private final ProgramRepository programs;
    private final ProgramTopicRepository topics;
    private final EntityManager entityManager;

    ProgramService(ProgramRepository programs, ProgramTopicRepository topics, EntityManager entityManager) {
        this.programs = programs;
        this.topics = topics;
        this.entityManager = entityManager;
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public List<Program> list(@Nullable String text, Pageable pageable) {
        return PageOfRows.of(programs, SearchSpecifications.searchKeyContains(text), pageable);
    }

    /** The programmes list's rows, built by the query; {@link #list} gives the programmes a form can choose from. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public List<ProgramRow> rows(@Nullable String text, Pageable pageable) {
        return PageOfRows.of(entityManager, Program.class, SearchSpecifications.searchKeyContains(text), pageable,
                ProgramRow.class, (root, query, builder) -> new PageOfRows.Columns().add("id", root.get("id"))
                        .add("name", root.get("name")).add("description", root.get("description")));
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public long count(@Nullable String text) {
        return programs.count(SearchSpecifications.searchKeyContains(text));
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public Optional<Program> get(long id) {
        return programs.findById(id);
    }

    /** A programme's topics in their order (a programme holds tens of items, not thousands). */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public List<ProgramTopic> topics(long programId) {
        return topics.findByProgramIdOrderByPosition(programId);
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    public Program save(@Valid Program program) {
        return programs.save(program);
    }

    /** Adds a topic at the end of the programme. */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public ProgramTopic addTopic(long programId, @Valid ProgramTopic topic) {
        topic.setProgram(require(programId));
        topic.setPosition(topics.maxPosition(programId) + 1);
        return topics.save(topic);
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    public ProgramTopic updateTopic(@Valid ProgramTopic edited) {
        ProgramTopic stored = topics.findById(edited.requireId())
                .orElseThrow(() -> new BusinessException("error.not-found"));
        edited.setProgram(stored.getProgram());
        edited.setPosition(stored.getPosition());
        return topics.save(edited);
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    public void removeTopic(long topicId) {
        ProgramTopic topic = topics.findById(topicId).orElseThrow(() -> new BusinessException("error.not-found"));
        long programId = topic.getProgram().requireId();
        topics.delete(topic);
        topics.flush();
        renumber(topics.findByProgramIdOrderByPosition(programId));
    }

    /** Moves a topic one place up (-1) or down (+1) in its programme. */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public void moveTopic(long topicId, int direction) {
        ProgramTopic topic = topics.findById(topicId).orElseThrow(() -> new BusinessException("error.not-found"));
        List<ProgramTopic> ordered = new java.util.ArrayList<>(
                topics.findByProgramIdOrderByPosition(topic.getProgram().requireId()));
        int index = ordered.indexOf(topic);
        int target = index + Integer.signum(direction);
        if (target < 0 || target >= ordered.size()) {
            return;
        }
        java.util.Collections.swap(ordered, index, target);
        renumber(ordered);
    }

    private static void renumber(List<ProgramTopic> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i + 1);
        }
    }

    private Program require(long programId) {
        return programs.findById(programId).orElseThrow(() -> new BusinessException("error.not-found"));
    }
}
