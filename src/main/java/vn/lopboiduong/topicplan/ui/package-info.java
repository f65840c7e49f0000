@NullMarked
package vn.lopboiduong.topicplan.ui;

import org.jspecify.annotations.NullMarked;
