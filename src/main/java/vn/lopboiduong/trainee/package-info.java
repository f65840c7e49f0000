/** The trainee registry: one record per person across years, with the managed lists it refers to. */
@NullMarked
package vn.lopboiduong.trainee;

import org.jspecify.annotations.NullMarked;
