/**
 * Lecturers' topic plans (đề cương chuyên đề): written per class topic, submitted, approved or returned by the
 * committee, kept as versions with their history and attachments. Nothing in the portal depends on this package.
 */
@NullMarked
package vn.lopboiduong.topicplan;

import org.jspecify.annotations.NullMarked;
