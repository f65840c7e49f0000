package vn.lopboiduong.topicplan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings for topic plans ({@code app.topic-plans.*}).
 *
 * @param maxFileSize the largest attachment accepted
 * @param deadlineDays how many days before a class starts its plans are due, unless the class has its own date
 */
@ConfigurationProperties("app.topic-plans")
public record TopicPlanProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("7") int deadlineDays) {
}
