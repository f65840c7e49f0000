package vn.lopboiduong.decision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings for decisions' scanned files ({@code app.decisions.*}).
 *
 * @param maxFileSize the largest PDF accepted
 */
@ConfigurationProperties("app.decisions")
public record DecisionProperties(@DefaultValue("10MB") DataSize maxFileSize) {
}
