package vn.lopboiduong.program;

import org.jspecify.annotations.Nullable;

/** One row of the programmes list, built by the list's query. */
public record ProgramRow(long id, String name, @Nullable String description) {
}
