package vn.lopboiduong.trainee.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of a person's page ({@code /trainees/{id}}) that another feature brings as a Spring bean: their training
 * history from enrolment now, attendance, results and certificates later. So the registry knows no feature built
 * on it.
 */
public interface TraineeSection {

    /** Where the section goes among the others; lower first. */
    int order();

    /** The section for that person, built for every visit of the page. */
    Component content(long traineeId);
}
