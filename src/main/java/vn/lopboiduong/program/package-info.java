@NullMarked
package vn.lopboiduong.program;

import org.jspecify.annotations.NullMarked;
