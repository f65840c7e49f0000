package vn.lopboiduong.base.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ→d, single spaces. "Nguyễn Hùng Cường" and
 * "nguyen hung cuong" fold to the same key, so a user can type without an IME and still find the person.
 */
public final class SearchText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String withoutDStroke = text.replace('đ', 'd').replace('Đ', 'D');
        String decomposed = Normalizer.normalize(withoutDStroke, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return WHITESPACE.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The longest query read, in characters; the search fields stop the user at the same width. */
    public static final int MAX_QUERY_LENGTH = 100;

    /** The most words of a query used: each is one more LIKE over the whole table. */
    public static final int MAX_QUERY_WORDS = 8;

    /**
     * The folded words of a query; a record matches when its key contains every one of them. A query longer than
     * {@link #MAX_QUERY_LENGTH} characters or {@link #MAX_QUERY_WORDS} words is cut there, so no request can make
     * the database scan for hundreds of patterns.
     */
    public static List<String> tokens(@Nullable String query) {
        String capped = query == null || query.length() <= MAX_QUERY_LENGTH ? query
                : query.substring(0, MAX_QUERY_LENGTH);
        String folded = fold(capped);
        return folded.isEmpty() ? List.of()
                : Arrays.stream(folded.split(" ")).limit(MAX_QUERY_WORDS).toList();
    }

    /** The width of every {@code search_key} column. */
    public static final int MAX_KEY_LENGTH = 400;

    /**
     * Joins the parts that a record can be found by into one key, cut to the width of the {@code search_key}
     * columns: a record whose fields are long is still saved, and found by their beginning.
     */
    public static String keyOf(@Nullable String... parts) {
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            String folded = fold(part);
            if (!folded.isEmpty()) {
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(folded);
            }
        }
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key.toString();
    }
}
