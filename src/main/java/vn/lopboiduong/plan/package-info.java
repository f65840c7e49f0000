@NullMarked
package vn.lopboiduong.plan;

import org.jspecify.annotations.NullMarked;
