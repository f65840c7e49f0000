package vn.lopboiduong.decision;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.JoinType;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.domain.PageOfRows;
import vn.lopboiduong.base.domain.SearchSpecifications;
import vn.lopboiduong.base.domain.UploadedFiles;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.plan.TrainingPlan;
import vn.lopboiduong.plan.TrainingPlanService;
import vn.lopboiduong.security.Roles;

/**
 * Decisions and their scanned PDFs. The committee records them; leaders read them and download the scans. A
 * decision number is used once a year. A scan must be a PDF within {@code app.decisions.max-file-size}; anything
 * else is refused with the reason and nothing stored changes.
 */
@Service
@Validated
@Transactional
public class DecisionService {

    private static final org.springframework.data.domain.Sort NEWEST_FIRST = org.springframework.data.domain.Sort
            .by(org.springframework.data.domain.Sort.Order.desc("issueDate"),
                    org.springframework.data.domain.Sort.Order.desc("id"));

    private final DecisionRepository decisions;
    private final DecisionFileRepository files;
    private final TrainingPlanService plans;
    private final TrainingClassService classes;
    private final DecisionProperties properties;
    private final EntityManager entityManager;

    DecisionService(DecisionRepository decisions, DecisionFileRepository files, TrainingPlanService plans,
            TrainingClassService classes, DecisionProperties properties, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.decisions = decisions;
        this.files = files;
        this.plans = plans;
        this.classes = classes;
        this.properties = properties;
    }

    /** What the list filters by; {@code null} means any. */
    public record Filter(@Nullable String text, @Nullable DecisionKind kind, @Nullable Integer year,
            @Nullable Long planId, @Nullable Long classId) {

        public static Filter all() {
            return new Filter(null, null, null, null, null);
        }

        public static Filter ofClass(long classId) {
            return new Filter(null, null, null, null, classId);
        }
    }

    /** The plan and class a decision concerns; either may be absent. */
    public record Links(@Nullable Long planId, @Nullable Long classId) {
    }

    /** What happens to the scan when a decision is saved. */
    public sealed interface FileChange {
        record Keep() implements FileChange {
        }

        record Remove() implements FileChange {
        }

        record Replace(PdfUpload upload) implements FileChange {
        }

        static FileChange keep() {
            return new Keep();
        }
    }

    /** A scan ready to send to the user's browser. */
    public record Attachment(String fileName, byte[] content) {
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public List<DecisionRow> list(Filter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        NEWEST_FIRST);
        return PageOfRows.of(entityManager, Decision.class, specification(filter), sorted, DecisionRow.class,
                (root, query, builder) -> new PageOfRows.Columns().add("id", root.get("id"))
                        .add("number", root.get("number")).add("issueDate", root.get("issueDate"))
                        .add("kind", root.get("kind")).add("summary", root.get("summary"))
                        .add("issuingBody", root.get("issuingBody"))
                        .add("planNumber", root.join("plan", JoinType.LEFT).get("number"))
                        .add("classCode", root.join("trainingClass", JoinType.LEFT).get("code"))
                        .add("fileName", root.get("fileName"))
                        // Kinds sort in their lifecycle order, not by name.
                        .sortOnly("kindOrder", root.get("kindOrder")));
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return decisions.count(specification(filter));
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public Optional<Decision> get(long id) {
        return decisions.findDetailedById(id);
    }

    /** The largest scan accepted, for the upload field to tell the user before they try. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    public long maxFileSize() {
        return properties.maxFileSize().toBytes();
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    public Decision create(@Valid Decision decision, Links links, @Nullable PdfUpload upload) {
        link(decision, links);
        refuseTakenNumber(decision, -1);
        if (upload != null) {
            attach(decision, upload);
        }
        return decisions.save(decision);
    }

    /** Saves an edited decision; the version it was read at must be current. */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public Decision update(@Valid Decision edited, Links links, FileChange fileChange) {
        Decision stored = decisions.findById(edited.requireId())
                .orElseThrow(() -> new BusinessException("error.not-found"));
        link(edited, links);
        refuseTakenNumber(edited, edited.requireId());
        DecisionFile previous = stored.getFile();
        switch (fileChange) {
            case FileChange.Keep keep -> {
                if (previous != null) {
                    edited.attach(previous, requireName(stored), stored.getFileSize() == null ? 0
                            : stored.getFileSize());
                } else {
                    edited.detach();
                }
            }
            case FileChange.Remove remove -> edited.detach();
            case FileChange.Replace replace -> attach(edited, replace.upload());
        }
        Decision saved = decisions.save(edited);
        if (previous != null && !(fileChange instanceof FileChange.Keep)) {
            files.delete(previous);
        }
        return saved;
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    public void delete(long id) {
        Decision decision = decisions.findById(id).orElseThrow(() -> new BusinessException("error.not-found"));
        DecisionFile file = decision.getFile();
        decisions.delete(decision);
        if (file != null) {
            files.delete(file);
        }
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public Attachment attachment(long id) {
        Decision decision = decisions.findById(id).orElseThrow(() -> new BusinessException("error.not-found"));
        DecisionFile file = decision.getFile();
        if (file == null) {
            throw new BusinessException("decision.file.none", decision.getNumber());
        }
        return new Attachment(requireName(decision), file.getContent());
    }

    private static String requireName(Decision decision) {
        return decision.getFileName() == null ? "quyet-dinh.pdf" : decision.getFileName();
    }

    private void attach(Decision decision, PdfUpload upload) {
        byte[] content = upload.content();
        String name = cleanFileName(upload.fileName());
        PdfUpload.check(name, content.length, content, properties.maxFileSize().toBytes());
        decision.attach(files.save(new DecisionFile(content)), name, content.length);
    }

    static String cleanFileName(String raw) {
        return UploadedFiles.cleanName(raw, "quyet-dinh.pdf");
    }

    private void link(Decision decision, Links links) {
        TrainingClass trainingClass = links.classId() == null ? null : classes.get(links.classId())
                .orElseThrow(() -> new BusinessException("error.not-found"));
        TrainingPlan plan = links.planId() == null ? null : plans.get(links.planId())
                .orElseThrow(() -> new BusinessException("error.not-found"));
        if (trainingClass != null && trainingClass.getPlan() != null) {
            if (plan == null) {
                plan = trainingClass.getPlan();
            } else if (!plan.equals(trainingClass.getPlan())) {
                throw new BusinessException("decision.error.plan-mismatch", trainingClass.getCode(),
                        trainingClass.getPlan().getNumber());
            }
        }
        decision.setPlan(plan);
        decision.setTrainingClass(trainingClass);
    }

    private void refuseTakenNumber(Decision decision, long selfId) {
        if (decision.getIssueDate() != null && decisions.existsByNumberAndIssueYearAndIdNot(decision.getNumber(),
                decision.getIssueDate().getYear(), selfId)) {
            // The year as text: a number argument would print as "2.026".
            throw new BusinessException("decision.error.number-taken", decision.getNumber(),
                    String.valueOf(decision.getIssueDate().getYear()));
        }
    }

    private static Specification<Decision> specification(Filter filter) {
        List<Specification<Decision>> parts = new ArrayList<>();
        parts.add(SearchSpecifications.searchKeyContains(filter.text()));
        if (filter.kind() != null) {
            parts.add((root, query, builder) -> builder.equal(root.get("kind"), filter.kind()));
        }
        if (filter.year() != null) {
            parts.add((root, query, builder) -> builder.equal(root.get("issueYear"), filter.year()));
        }
        if (filter.planId() != null) {
            parts.add((root, query, builder) -> builder.equal(root.get("plan").get("id"), filter.planId()));
        }
        if (filter.classId() != null) {
            parts.add((root, query, builder) -> builder.equal(root.get("trainingClass").get("id"),
                    filter.classId()));
        }
        return Specification.allOf(parts);
    }
}
