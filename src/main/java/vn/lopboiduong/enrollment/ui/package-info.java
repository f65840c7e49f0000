@NullMarked
package vn.lopboiduong.enrollment.ui;

import org.jspecify.annotations.NullMarked;
