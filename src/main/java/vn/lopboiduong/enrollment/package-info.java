/** Trainees enrolled in classes: the class's roster. */
@NullMarked
package vn.lopboiduong.enrollment;

import org.jspecify.annotations.NullMarked;
