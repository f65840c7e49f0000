@NullMarked
package vn.lopboiduong.user;

import org.jspecify.annotations.NullMarked;
