@NullMarked
package vn.lopboiduong.base.i18n;

import org.jspecify.annotations.NullMarked;
