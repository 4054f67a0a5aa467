package org.switchboard.api.rest;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list read one row beyond its size: the rows to show, and whether more follow, so
 * that the last page carries no cursor to an empty one.
 */
record Slice<T>(List<T> page, boolean more) {

    /** The first {@code size} of rows read with {@code size + 1} as their limit. */
    static <T> Slice<T> of(List<T> fetched, int size) {
        return new Slice<>(fetched.subList(0, Math.min(fetched.size(), size)), fetched.size() > size);
    }

    /** The next page's cursor, made from this page's last row; null on the last page. */
    String next(Function<T, String> cursorAfter) {
        return more ? cursorAfter.apply(page.get(page.size() - 1)) : null;
    }

    <R> List<R> map(Function<T, R> representation) {
        return page.stream().map(representation).toList();
    }
}
