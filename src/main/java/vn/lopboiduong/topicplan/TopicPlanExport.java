package vn.lopboiduong.topicplan;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.i18n.TranslationProvider;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.topicplan.TopicPlanService.ClassPlanRow;
import vn.lopboiduong.topicplan.TopicPlanService.Download;
import vn.lopboiduong.topicplan.TopicPlanService.PlanView;
import vn.lopboiduong.topicplan.TopicPlanService.VersionView;
import vn.lopboiduong.topicplan.TopicPlanPdf.Cover;
import vn.lopboiduong.topicplan.TopicPlanPdf.Printed;

/**
 * Topic plans printed as A4 PDFs, in the reader's language: one plan (the approved version in force, else the
 * version being worked on, marked as a draft), and a class's file (hồ sơ lớp học) of all its approved plans behind a
 * cover listing every topic and where its plan stands. Reading follows {@link TopicPlanService}: a lecturer prints
 * only the plans of their own topics.
 */
@Service
@Transactional(readOnly = true)
public class TopicPlanExport {

    private final TopicPlanService plans;
    private final TrainingClassService classes;
    private final TranslationProvider translations;
    private final Clock clock;

    TopicPlanExport(TopicPlanService plans, TrainingClassService classes, TranslationProvider translations,
            Clock clock) {
        this.plans = plans;
        this.classes = classes;
        this.translations = translations;
        this.clock = clock;
    }

    /** One plan as a PDF; a topic nobody has written a plan for yet has nothing to print. */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    public Download planPdf(long topicId, Locale locale) {
        PlanView plan = plans.plan(topicId);
        VersionView version = plan.inForce() != null ? plan.inForce() : plan.working();
        if (version == null) {
            throw new BusinessException("topic-plans.pdf.nothing");
        }
        var labels = new Labels(translations, TranslationProvider.supported(locale));
        String unit = classes.get(plan.topic().classId()).map(TopicPlanExport::unit).orElse("");
        byte[] content = TopicPlanPdf.write(List.of(printed(unit, plan, version, labels)), null, labels,
                printedAt(labels));
        return new Download(fileName(plan.topic().classCode(), plan.topic().topicId()), content);
    }

    /**
     * The class's approved plans in programme order, behind a cover that also names the topics still missing one
     * and where their plan stands.
     */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    public Download classPlansPdf(long classId, Locale locale) {
        List<ClassPlanRow> rows = plans.classPlans(classId);
        TrainingClass trainingClass = classes.get(classId).orElseThrow(() -> new BusinessException("error.not-found"));
        var labels = new Labels(translations, TranslationProvider.supported(locale));
        String unit = unit(trainingClass);
        List<Printed> approved = new ArrayList<>();
        List<Cover.Line> lines = new ArrayList<>();
        for (ClassPlanRow row : rows) {
            String status = row.hasApproved() ? labels.getTranslation("topic-plans.status.APPROVED")
                    : labels.getTranslation("topic-plans.pdf.missing") + " (" + labels.getTranslation(
                            row.status() == null ? "topic-plans.class.not-started" : row.status().translationKey())
                            + ")";
            lines.add(new Cover.Line(row.position(), row.topicTitle(), orEmpty(row.lecturerName()), row.periods(),
                    status, row.hasApproved()));
            if (row.hasApproved()) {
                PlanView plan = plans.plan(row.topicId());
                approved.add(printed(unit, plan, java.util.Objects.requireNonNull(plan.inForce()), labels));
            }
        }
        String dates = trainingClass.getStartDate() == null ? ""
                : DateFormats.format(trainingClass.getStartDate()) + " – "
                        + DateFormats.format(trainingClass.getEndDate());
        var cover = new Cover(unit, labels.getTranslation("topic-plans.pdf.class-title"),
                trainingClass.getName() + (trainingClass.getCohort() == null ? "" : " – " + trainingClass.getCohort()),
                trainingClass.getCode(), dates, lines, approved.size());
        return new Download(fileName(trainingClass.getCode(), null), TopicPlanPdf.write(approved, cover, labels,
                printedAt(labels)));
    }

    private Printed printed(String unit, PlanView plan, VersionView version, Labels labels) {
        var topic = plan.topic();
        boolean approved = version.status() == TopicPlanStatus.APPROVED
                || version.status() == TopicPlanStatus.SUPERSEDED;
        String state = approved ? labels.getTranslation("topic-plans.pdf.approved", version.number(),
                approver(topic.topicId(), version), DateFormats.format(version.reviewedAt()))
                : labels.getTranslation("topic-plans.pdf.draft", version.number(),
                        labels.getTranslation(version.status().translationKey()));
        List<String> attachments = version.attachments().stream()
                .map(a -> labels.getTranslation(a.kind().translationKey()) + ": " + a.fileName()).toList();
        return new Printed(unit, topic.title(), topic.className() + " (" + topic.classCode() + ")",
                labels.getTranslation(topic.kind().translationKey()), topic.periods(), orEmpty(topic.lecturerName()),
                state, !approved, version.content(), attachments);
    }

    /** Who approved the version, by name as the plan's history keeps it. */
    private String approver(long topicId, VersionView version) {
        return plans.history(topicId).stream()
                .filter(step -> step.versionNumber() == version.number() && step.to() == TopicPlanStatus.APPROVED)
                .reduce((first, second) -> second).map(TopicPlanService.StepRow::actorName)
                .orElse(orEmpty(version.reviewedBy()));
    }

    private static String unit(TrainingClass trainingClass) {
        var unit = trainingClass.getOrganizingUnit();
        return unit == null ? "" : unit.getName();
    }

    private String printedAt(Labels labels) {
        return labels.getTranslation("topic-plans.pdf.printed", DateFormats.format(LocalDateTime.now(clock)));
    }

    /** {@code de-cuong-NVCTD-VT-2026-II-chuyen-de-12.pdf}, {@code de-cuong-NVCTD-VT-2026-II.pdf}: ASCII only. */
    static String fileName(String classCode, @Nullable Long topicId) {
        String safe = classCode.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+|[.-]+$", "");
        return "de-cuong-" + (safe.isEmpty() ? "lop" : safe) + (topicId == null ? "" : "-chuyen-de-" + topicId)
                + ".pdf";
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** The bundles' texts in one language; named like the views' method so the bundle test checks its keys. */
    record Labels(TranslationProvider provider, Locale locale) {

        String getTranslation(String key, Object... params) {
            return provider.getTranslation(key, locale, params);
        }
    }
}
