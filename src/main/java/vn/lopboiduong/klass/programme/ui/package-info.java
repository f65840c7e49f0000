@NullMarked
package vn.lopboiduong.klass.programme.ui;

import org.jspecify.annotations.NullMarked;
