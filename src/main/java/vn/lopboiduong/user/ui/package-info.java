@NullMarked
package vn.lopboiduong.user.ui;

import org.jspecify.annotations.NullMarked;
