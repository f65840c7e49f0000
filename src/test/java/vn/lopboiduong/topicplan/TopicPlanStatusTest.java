package vn.lopboiduong.topicplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lopboiduong.topicplan.TopicPlanStatus.APPROVED;
import static vn.lopboiduong.topicplan.TopicPlanStatus.DRAFT;
import static vn.lopboiduong.topicplan.TopicPlanStatus.RETURNED;
import static vn.lopboiduong.topicplan.TopicPlanStatus.SUBMITTED;
import static vn.lopboiduong.topicplan.TopicPlanStatus.SUPERSEDED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lopboiduong.base.domain.BusinessException;

/** Every pair of statuses, by the committee and by a lecturer: the workflow allows exactly these moves. */
class TopicPlanStatusTest {

    /** The allowed moves, and whether only the committee may make them. */
    private static final Map<TopicPlanStatus, Map<TopicPlanStatus, Boolean>> ALLOWED = Map.of(
            DRAFT, Map.of(SUBMITTED, false),
            RETURNED, Map.of(SUBMITTED, false),
            SUBMITTED, Map.of(APPROVED, true, RETURNED, true),
            APPROVED, Map.of(SUPERSEDED, false),
            SUPERSEDED, Map.of());

    static Stream<Arguments> everyMove() {
        return Stream.of(TopicPlanStatus.values()).flatMap(from -> Stream.of(TopicPlanStatus.values())
                .flatMap(to -> Stream.of(true, false).map(committee -> Arguments.of(from, to, committee))));
    }

    @ParameterizedTest(name = "{0} -> {1}, committee: {2}")
    @MethodSource("everyMove")
    void onlyTheWorkflowsMovesAreAllowed(TopicPlanStatus from, TopicPlanStatus to, boolean committee) {
        Boolean committeeOnly = ALLOWED.get(from).get(to);
        if (committeeOnly != null && (committee || !committeeOnly)) {
            assertThatCode(() -> from.checkMove(to, committee, "Cần bổ sung câu hỏi thảo luận."))
                    .doesNotThrowAnyException();
            assertThat(from.next()).contains(to);
        } else {
            assertThatThrownBy(() -> from.checkMove(to, committee, "Cần bổ sung câu hỏi thảo luận."))
                    .isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).getMessageKey())
                    .isEqualTo(committeeOnly == null ? "topic-plans.error.move"
                            : "topic-plans.error.review-by-committee");
        }
    }

    @Test
    void aReturnSaysWhy() {
        for (String blank : new String[] {null, "", "   \n"}) {
            assertThatThrownBy(() -> SUBMITTED.checkMove(RETURNED, true, blank))
                    .isInstanceOf(BusinessException.class).hasMessageStartingWith("topic-plans.error.return-comment");
        }
        assertThatCode(() -> SUBMITTED.checkMove(APPROVED, true, null)).doesNotThrowAnyException();
    }

    @Test
    void onlyDraftsAndReturnedVersionsAreEditable() {
        Set<TopicPlanStatus> editable = EnumSet.noneOf(TopicPlanStatus.class);
        for (TopicPlanStatus status : TopicPlanStatus.values()) {
            if (status.editable()) {
                editable.add(status);
            }
        }
        assertThat(editable).containsExactlyInAnyOrder(DRAFT, RETURNED);
    }
}
