@NullMarked
package vn.lopboiduong.trainee.ui;

import org.jspecify.annotations.NullMarked;
