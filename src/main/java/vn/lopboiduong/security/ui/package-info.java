@NullMarked
package vn.lopboiduong.security.ui;

import org.jspecify.annotations.NullMarked;
