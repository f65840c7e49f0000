package vn.lopboiduong.unit;

import org.jspecify.annotations.Nullable;

/** One row of the organisation tree, with its number of direct children read in the same query. */
public record UnitNode(long id, String code, String name, UnitKind kind, @Nullable Long parentId,
        @Nullable String parentName, long childCount) {

    public boolean hasChildren() {
        return childCount > 0;
    }

    /** A row stands for its unit: two reads of the same unit are equal even if its child count changed. */
    @Override
    public boolean equals(Object other) {
        return other instanceof UnitNode node && node.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
