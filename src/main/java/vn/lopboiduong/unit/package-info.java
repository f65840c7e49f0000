@NullMarked
package vn.lopboiduong.unit;

import org.jspecify.annotations.NullMarked;
