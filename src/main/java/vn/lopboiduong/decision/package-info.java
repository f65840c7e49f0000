/** Decisions (quyết định) that open classes, establish their boards and recognise completion, with scanned PDFs. */
@NullMarked
package vn.lopboiduong.decision;

import org.jspecify.annotations.NullMarked;
