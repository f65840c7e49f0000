@NullMarked
package vn.lopboiduong.klass.board.ui;

import org.jspecify.annotations.NullMarked;
