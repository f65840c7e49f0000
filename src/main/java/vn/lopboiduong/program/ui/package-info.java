@NullMarked
package vn.lopboiduong.program.ui;

import org.jspecify.annotations.NullMarked;
