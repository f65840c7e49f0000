@NullMarked
package vn.lopboiduong.lecturer.ui;

import org.jspecify.annotations.NullMarked;
