package vn.lopboiduong.klass.programme;

/** What applying a programme does to a class that already has topics. */
public enum ApplyMode {
    /** The programme's topics take the place of the class's (refused while sessions use them). */
    REPLACE,
    /** The programme's topics follow the class's. */
    APPEND
}
