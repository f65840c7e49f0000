@NullMarked
package vn.lopboiduong.home.ui;

import org.jspecify.annotations.NullMarked;
