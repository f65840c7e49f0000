@NullMarked
package vn.lopboiduong.klass.timetable.ui;

import org.jspecify.annotations.NullMarked;
