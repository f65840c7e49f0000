package vn.lopboiduong.base.domain;

import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** Shared query pieces for the diacritic-insensitive search over a folded {@code searchKey} column. */
public final class SearchSpecifications {

    private SearchSpecifications() {
    }

    /** Matches records whose search key contains every word of the query; an empty query matches all. */
    public static <T> Specification<T> searchKeyContains(@Nullable String query) {
        var tokens = SearchText.tokens(query);
        return (root, criteriaQuery, builder) -> {
            if (tokens.isEmpty()) {
                return builder.conjunction();
            }
            Predicate[] predicates = tokens.stream()
                    .map(token -> builder.like(root.get("searchKey"), wordPattern(token), '\\'))
                    .toArray(Predicate[]::new);
            return builder.and(predicates);
        };
    }

    /** A LIKE pattern (escape character {@code \\}) matching keys that contain the query's words in order. */
    public static String containsPattern(@Nullable String query) {
        var tokens = SearchText.tokens(query);
        if (tokens.isEmpty()) {
            return "%";
        }
        return "%" + String.join("%", tokens.stream().map(SearchSpecifications::escapeLike).toList()) + "%";
    }

    /** A LIKE pattern (escape character {@code \\}) matching keys that contain one folded word of a query. */
    public static String wordPattern(String token) {
        return "%" + escapeLike(token) + "%";
    }

    static String escapeLike(String token) {
        return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
