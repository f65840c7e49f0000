@NullMarked
package vn.lopboiduong.decision.ui;

import org.jspecify.annotations.NullMarked;
