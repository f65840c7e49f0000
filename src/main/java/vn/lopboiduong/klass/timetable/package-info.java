@NullMarked
package vn.lopboiduong.klass.timetable;

import org.jspecify.annotations.NullMarked;
