package vn.lopboiduong.topicplan;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.klass.ClassStatus;

/**
 * Reminds lecturers by e-mail, {@code app.topic-plans.reminder-days-before} days before their class's deadline,
 * of a plan they have not handed in. Each reminder (topic and deadline) is recorded before it is sent, in a row
 * the database keeps unique, so it goes out once however often the job runs, also on two instances at the same
 * moment; ShedLock keeps the instances from even trying at once. A reminder the mail server refused is not
 * retried (it was recorded first): better one missed reminder than a lecturer reminded every morning.
 */
@Component
class PlanReminders {

    private static final Logger log = LoggerFactory.getLogger(PlanReminders.class);

    private final PlanMail mail;
    private final TopicPlanProperties properties;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate readTransaction;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    PlanReminders(PlanMail mail, TopicPlanProperties properties, EntityManager entityManager, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.mail = mail;
        this.properties = properties;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.readTransaction = new TransactionTemplate(transactions);
        this.readTransaction.setReadOnly(true);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A plan not in yet whose deadline is near, and its lecturer's address. */
    record Due(long topicId, String title, String classCode, String className, LocalDate deadline, String email,
            String language) {
    }

    @Scheduled(cron = "${app.topic-plans.reminder-cron:0 0 7 * * *}", zone = "${app.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "topic-plan-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        if (mail.enabled()) {
            int sent = remind();
            if (sent > 0) {
                log.info("Sent {} topic plan reminder(s)", sent);
            }
        }
    }

    /** Sends the reminders due today that were not sent before; returns how many went out. */
    int remind() {
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = today.plusDays(properties.reminderDaysBefore());
        List<Due> due = readTransaction.execute(status -> due(deadline));
        int sent = 0;
        for (Due plan : due == null ? List.<Due>of() : due) {
            if (record(plan) && mail.send(new PlanMail.Recipient(plan.email(), PlanMail.locale(plan.language())),
                    "mail.plan.reminder", new PlanMail.Topic(plan.topicId(), plan.title(), plan.classCode(),
                            plan.className()), mail.link("/my/topics/" + plan.topicId()),
                    DateFormats.format(plan.deadline()), properties.reminderDaysBefore())) {
                sent++;
            }
        }
        return sent;
    }

    /** The plans due on that day (the class's own date, else its start minus the default days) not handed in. */
    List<Due> due(LocalDate deadline) {
        String hql = "select t.id, t.title, c.code, c.name, coalesce(lu.email, l.email), lu.locale"
                + TopicPlanService.FROM_ROWS + " and " + TopicPlanService.NOT_HANDED_IN
                + " and ((d.dueDate = :deadline) or (d.dueDate is null and c.startDate = :start))"
                + " and c.status not in :closed and coalesce(lu.email, l.email) is not null order by t.id";
        return entityManager.createQuery(hql, Object[].class)
                .setParameter("plannedKinds", TopicPlanService.PLANNED_KINDS)
                .setParameter("editable", TopicPlanService.EDITABLE)
                .setParameter("deadline", deadline)
                .setParameter("start", deadline.plusDays(properties.deadlineDays()))
                .setParameter("closed", EnumSet.of(ClassStatus.COMPLETED, ClassStatus.CANCELLED))
                .getResultList().stream()
                .map(r -> new Due((Long) r[0], (String) r[1], (String) r[2], (String) r[3], deadline, (String) r[4],
                        r[5] == null ? "vi" : (String) r[5]))
                .toList();
    }

    /** Writes the reminder's row in its own transaction; false when it was sent before (the row exists). */
    private boolean record(Due plan) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into topic_plan_reminder (topic_id, due_date, sent_at) values (?, ?, ?)",
                    plan.topicId(), plan.deadline(), LocalDateTime.now(clock)));
            return true;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }
}
