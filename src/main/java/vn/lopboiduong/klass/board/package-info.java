@NullMarked
package vn.lopboiduong.klass.board;

import org.jspecify.annotations.NullMarked;
