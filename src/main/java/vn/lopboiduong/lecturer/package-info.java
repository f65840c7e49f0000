@NullMarked
package vn.lopboiduong.lecturer;

import org.jspecify.annotations.NullMarked;
