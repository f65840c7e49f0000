package vn.lopboiduong.klass;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for classes ({@code app.classes.*}).
 *
 * @param maxDays the longest a class may run, first and last day included: a timetable draft fills every day of
 *                a class, so an end date typed a century late must be refused before it builds millions of slots
 */
@ConfigurationProperties("app.classes")
public record ClassProperties(@DefaultValue("366") int maxDays) {
}
