@NullMarked
package vn.lopboiduong.base.ui;

import org.jspecify.annotations.NullMarked;
