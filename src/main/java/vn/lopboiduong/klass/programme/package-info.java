@NullMarked
package vn.lopboiduong.klass.programme;

import org.jspecify.annotations.NullMarked;
