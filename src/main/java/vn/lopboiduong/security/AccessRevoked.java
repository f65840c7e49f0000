package vn.lopboiduong.security;

/**
 * A user's access was taken away or their password changed: their open sessions end once the change is committed.
 *
 * @param username whose sessions end
 * @param keepCurrentSession true when the user changed their own password: the session they did it in stays
 */
public record AccessRevoked(String username, boolean keepCurrentSession) {
}
