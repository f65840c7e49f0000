package vn.lopboiduong.base.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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

    /**
     * One page of rows built by the query itself: each row a record made by the database's columns (a constructor
     * expression), so no entity is loaded, managed or fetched row by row. The page's sort properties name the
     * row's columns; the id breaks ties so that pages never overlap.
     */
    public static <T, R> List<R> of(EntityManager entityManager, Class<T> entity, Specification<T> specification,
            Pageable pageable, Class<R> row, RowShape<T> shape) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<R> query = builder.createQuery(row);
        Root<T> root = query.from(entity);
        Columns columns = shape.columns(root, query, builder);
        columns.sortable.putIfAbsent("id", root.get("id"));
        query.select(builder.construct(row, columns.selected.toArray(Selection[]::new)));
        Predicate where = specification.toPredicate(root, query, builder);
        if (where != null) {
            query.where(where);
        }
        List<Order> orders = new ArrayList<>();
        for (Sort.Order order : pageable.getSortOr(Sort.unsorted())) {
            Expression<?> column = columns.sortable.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException(row.getSimpleName() + " cannot be sorted by " + order.getProperty());
            }
            orders.add(order.isAscending() ? builder.asc(column) : builder.desc(column));
        }
        if (pageable.getSort().getOrderFor("id") == null) {
            orders.add(builder.asc(root.get("id")));
        }
        query.orderBy(orders);
        var typed = entityManager.createQuery(query);
        if (pageable.isPaged()) {
            typed.setFirstResult(Math.toIntExact(pageable.getOffset())).setMaxResults(pageable.getPageSize());
        }
        return typed.getResultList();
    }

    /** How a list's rows are read from its entity: the columns, joined and grouped as the row needs. */
    @FunctionalInterface
    public interface RowShape<T> {

        Columns columns(Root<T> root, CriteriaQuery<?> query, CriteriaBuilder builder);
    }

    /** The columns of a row, in the order of the row's constructor, and the names the grid sorts them by. */
    public static final class Columns {

        private final List<Selection<?>> selected = new ArrayList<>();
        private final Map<String, Expression<?>> sortable = new HashMap<>();

        /** The row's next column; a sort by {@code name} sorts by it. */
        public Columns add(String name, Expression<?> column) {
            selected.add(column);
            sortable.put(name, column);
            return this;
        }

        /** A column that only sorts the rows (a lifecycle order, say), not part of the row. */
        public Columns sortOnly(String name, Expression<?> column) {
            sortable.put(name, column);
            return this;
        }
    }
}
