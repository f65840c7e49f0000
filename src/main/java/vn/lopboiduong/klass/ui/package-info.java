@NullMarked
package vn.lopboiduong.klass.ui;

import org.jspecify.annotations.NullMarked;
