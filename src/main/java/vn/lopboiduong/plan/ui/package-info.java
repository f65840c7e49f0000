@NullMarked
package vn.lopboiduong.plan.ui;

import org.jspecify.annotations.NullMarked;
