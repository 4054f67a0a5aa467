package org.switchboard.platform.faces;

import jakarta.enterprise.inject.spi.CDI;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The one lazy table of the application: a PrimeFaces model fed by a boundary's count and page
 * methods, so every table pages in SQL the same way. The boundary is looked up for each request
 * rather than held, because the model lives in the view state and must serialize without it; the
 * functions given here capture only what decides the rows (ids, filters), never a service.
 *
 * @param <S> the boundary that counts and pages the rows
 * @param <T> a row
 */
public final class PagedTable<S, T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows there are in all. */
    @FunctionalInterface
    public interface Count<S> extends Serializable {
        long of(S service);
    }

    /** The rows from {@code first}, at most {@code size} of them, in the table's order. */
    @FunctionalInterface
    public interface Page<S, T> extends Serializable {
        List<T> of(S service, int first, int size);
    }

    /** What tells a row from the others, for selection and row updates. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Class<S> service;
    private final Count<S> count;
    private final Page<S, T> page;
    private final Key<T> key;

    private PagedTable(Class<S> service, Count<S> count, Page<S, T> page, Key<T> key) {
        this.service = service;
        this.count = count;
        this.page = page;
        this.key = key;
    }

    public static <S, T> PagedTable<S, T> of(Class<S> service, Count<S> count, Page<S, T> page, Key<T> key) {
        return new PagedTable<>(service, count, page, key);
    }

    /** A read-only table whose rows need no key: nothing on it selects or updates a single row. */
    public static <S, T> PagedTable<S, T> of(Class<S> service, Count<S> count, Page<S, T> page) {
        return new PagedTable<>(service, count, page, null);
    }

    private S service() {
        return CDI.current().select(service).get();
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, count.of(service()));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return page.of(service(), first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return key == null ? super.getRowKey(row) : String.valueOf(key.of(row));
    }
}
