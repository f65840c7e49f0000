package vn.lopboiduong.base.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * The one way a list method reads a page: the rows only, never their count. A lazy grid asks for the count
 * separately (and only when it needs it), so counting here as {@code findAll(spec, pageable)} does would run the
 * count query twice per page.
 */
public final class PageOfRows {

    private PageOfRows() {
    }

    /**
     * One page of the records the specification matches, in the page's order, with the named associations
     * ({@code "plan"}, {@code "organizingUnit"}…) fetched in the same query instead of row by row.
     */
    public static <T> List<T> of(JpaSpecificationExecutor<T> repository, Specification<T> specification,
            Pageable pageable, String... fetched) {
        return repository.findBy(specification, query -> {
            var sorted = query.sortBy(pageable.getSort());
            var withFetched = fetched.length == 0 ? sorted : sorted.project(fetched);
            // A slice reads one row beyond the page to know whether more follow, and runs no count query.
            return withFetched.slice(pageable).getContent();
        });
    }
}
