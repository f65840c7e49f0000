@NullMarked
package vn.lopboiduong.security;

import org.jspecify.annotations.NullMarked;
