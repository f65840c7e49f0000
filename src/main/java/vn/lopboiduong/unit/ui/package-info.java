@NullMarked
package vn.lopboiduong.unit.ui;

import org.jspecify.annotations.NullMarked;
