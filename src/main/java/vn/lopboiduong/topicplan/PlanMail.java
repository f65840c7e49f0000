package vn.lopboiduong.topicplan;

import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.lopboiduong.base.i18n.TranslationProvider;
import vn.lopboiduong.security.Role;

/**
 * E-mail about topic plans, when mail is on ({@link PlanMailProperties}): the committee (administrators and
 * organizers with an e-mail) when a plan is submitted, its lecturer when it is returned or approved, each in their
 * own language and with a link to the plan. Sent after the step has committed; a mail server that is down is
 * logged and never undoes or blocks the step. Recipients without an e-mail are skipped.
 */
@Component
class PlanMail {

    private static final Logger log = LoggerFactory.getLogger(PlanMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final PlanMailProperties properties;
    private final EntityManager entityManager;
    private final TranslationProvider translations;

    PlanMail(ObjectProvider<JavaMailSender> sender, PlanMailProperties properties, EntityManager entityManager,
            TranslationProvider translations) {
        this.sender = sender;
        this.properties = properties;
        this.entityManager = entityManager;
        this.translations = translations;
    }

    /** Someone to write to, in their language. */
    record Recipient(String email, Locale locale) {
    }

    /** The topic a message is about. */
    record Topic(long id, String title, String classCode, String className) {
    }

    boolean enabled() {
        return properties.enabled();
    }

    /** A page of the portal as a link for a message ("/my/topics/12"). */
    String link(String path) {
        return properties.base() + path;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void onStep(PlanStepped step) {
        if (!enabled()) {
            return;
        }
        Topic topic = topic(step.topicId());
        if (topic == null) {
            return;
        }
        switch (step.to()) {
            case SUBMITTED -> committee().forEach(to -> send(to, "mail.plan.submitted", topic,
                    link("/topic-plans/" + topic.id()), step.actorName(), step.versionNumber()));
            case RETURNED -> lecturer(topic.id()).forEach(to -> send(to, "mail.plan.returned", topic,
                    link("/my/topics/" + topic.id()), step.actorName(), step.versionNumber(),
                    step.comment() == null ? "" : step.comment()));
            case APPROVED -> lecturer(topic.id()).forEach(to -> send(to, "mail.plan.approved", topic,
                    link("/my/topics/" + topic.id()), step.actorName(), step.versionNumber(),
                    step.comment() == null ? "" : step.comment()));
            default -> { }
        }
    }

    /**
     * Sends one message: the subject {@code key.subject} and body {@code key.body} with the class code, topic
     * title, class name and link first, then {@code more}. True when the server took it.
     */
    boolean send(Recipient to, String key, Topic topic, String link, Object... more) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            log.warn("Mail is on but no mail server is configured (spring.mail.host); nothing sent to {}", to.email());
            return false;
        }
        Object[] arguments = new Object[4 + more.length];
        arguments[0] = topic.classCode();
        arguments[1] = topic.title();
        arguments[2] = topic.className();
        arguments[3] = link;
        System.arraycopy(more, 0, arguments, 4, more.length);
        try {
            var message = mailSender.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(to.email());
            helper.setSubject(translations.getTranslation(key + ".subject", to.locale(), arguments));
            helper.setText(translations.getTranslation(key + ".body", to.locale(), arguments));
            mailSender.send(message);
            return true;
        } catch (MailException | MessagingException e) {
            log.warn("Could not send '{}' about topic {} to {}: {}", key, topic.id(), to.email(), e.getMessage());
            return false;
        }
    }

    private @Nullable Topic topic(long topicId) {
        List<Object[]> found = entityManager.createQuery("""
                select t.id, t.title, c.code, c.name from ClassTopic t join t.trainingClass c where t.id = :id""",
                Object[].class).setParameter("id", topicId).getResultList();
        return found.isEmpty() ? null : new Topic((Long) found.getFirst()[0], (String) found.getFirst()[1],
                (String) found.getFirst()[2], (String) found.getFirst()[3]);
    }

    /** Administrators and organizers with an active account and an e-mail. */
    private List<Recipient> committee() {
        return entityManager.createQuery("""
                select distinct u.email, u.locale from UserAccount u join u.roles r
                where r in :roles and u.active = true and u.email is not null""", Object[].class)
                .setParameter("roles", List.of(Role.ADMIN, Role.ORGANIZER)).getResultList().stream()
                .map(row -> new Recipient((String) row[0], locale((String) row[1]))).toList();
    }

    /** The topic's lecturer: their account's e-mail, else the one on their lecturer record. */
    private List<Recipient> lecturer(long topicId) {
        return entityManager.createQuery("""
                select coalesce(lu.email, l.email), lu.locale from ClassTopic t join t.lecturer l left join l.user lu
                where t.id = :id and coalesce(lu.email, l.email) is not null""", Object[].class)
                .setParameter("id", topicId).getResultList().stream()
                .map(row -> new Recipient((String) row[0], locale((String) row[1]))).toList();
    }

    static Locale locale(@Nullable String language) {
        return TranslationProvider.supported(language == null ? TranslationProvider.VIETNAMESE
                : Locale.forLanguageTag(language));
    }
}
