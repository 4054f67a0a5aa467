package org.switchboard.platform.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread, so that tests (and anyone
 * profiling) can check that a page costs a constant number of statements, not one per row.
 * Registered in persistence.xml; counting is a thread-local increment.
 */
public class StatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void postExecuteCall(SessionEvent event) {
        COUNT.get()[0]++;
    }

    /** Statements sent on this thread since the last {@link #reset()}. */
    public static int count() {
        return COUNT.get()[0];
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }
}
