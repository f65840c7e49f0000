@NullMarked
package vn.lopboiduong.base.domain;

import org.jspecify.annotations.NullMarked;
