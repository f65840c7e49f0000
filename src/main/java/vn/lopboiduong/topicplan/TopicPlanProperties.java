package vn.lopboiduong.topicplan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings for topic plans ({@code app.topic-plans.*}).
 *
 * @param maxFileSize the largest attachment accepted
 * @param deadlineDays how many days before a class starts its plans are due, unless the class has its own date
 * @param reminderDaysBefore how many days before the deadline a lecturer whose plan is not in gets an e-mail
 *     (when mail is on; the job runs on {@code app.topic-plans.reminder-cron}, by default 07:00 daily)
 */
@ConfigurationProperties("app.topic-plans")
public record TopicPlanProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("7") int deadlineDays,
        @DefaultValue("3") int reminderDaysBefore) {
}
