@NullMarked
package vn.lopboiduong.klass;

import org.jspecify.annotations.NullMarked;
