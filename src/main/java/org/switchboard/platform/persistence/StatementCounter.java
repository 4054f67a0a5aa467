package org.switchboard.platform.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.Collection;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the SQL statements EclipseLink sends on the current thread, and the rows they bring
 * back, so that tests (and anyone profiling) can check that a page costs a constant number of
 * statements, not one per row, and reads the rows it shows, not every row behind them.
 * Registered in persistence.xml; counting is a thread-local increment.
 */
public class StatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[2]);
    private static final LongAdder TOTAL = new LongAdder();

    @Override
    public void postExecuteCall(SessionEvent event) {
        TOTAL.increment();
        long[] count = COUNT.get();
        count[0]++;
        if (event.getResult() instanceof Collection<?> rows) {
            count[1] += rows.size();
        }
    }

    /** Statements sent on this thread since the last {@link #reset()}. */
    public static int count() {
        return (int) COUNT.get()[0];
    }

    /** Rows those statements returned. */
    public static long rowsRead() {
        return COUNT.get()[1];
    }

    /** Statements sent on every thread since the application started (see StatementMetrics). */
    public static long total() {
        return TOTAL.sum();
    }

    public static void reset() {
        long[] count = COUNT.get();
        count[0] = 0;
        count[1] = 0;
    }
}
