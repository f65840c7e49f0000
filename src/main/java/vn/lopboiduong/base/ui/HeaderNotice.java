package vn.lopboiduong.base.ui;

import java.util.Optional;

/**
 * Something a feature wants the signed-in user to notice, shown in the header as a bell with a count (plans
 * waiting for review, plans returned to their lecturer…). A Spring bean; the header asks every one of them after
 * each navigation, so a count stays current as the user moves around. Base knows no feature: features implement it.
 */
public interface HeaderNotice {

    /** What to show for the signed-in user now; empty when there is nothing (or nothing for their role). */
    Optional<Notice> notice();

    /**
     * A count, what it means in words (for the tooltip and screen readers) and where clicking the bell leads: a
     * route, with query parameters if the view takes any ({@code my?section=my-topics}).
     */
    record Notice(long count, String label, String route) {
    }
}
