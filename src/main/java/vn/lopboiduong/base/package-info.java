@NullMarked
package vn.lopboiduong.base;

import org.jspecify.annotations.NullMarked;
