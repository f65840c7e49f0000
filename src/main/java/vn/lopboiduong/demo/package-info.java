@NullMarked
package vn.lopboiduong.demo;

import org.jspecify.annotations.NullMarked;
