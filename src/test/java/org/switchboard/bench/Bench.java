package org.switchboard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the benchmarks share: the bare SQL they time beside the server, percentiles, the server's statement count. */
final class Bench {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Bench() {
    }

    /** Reads every row of the query (as a page would), answering how many there were. */
    static int rows(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            int count = 0;
            while (rows.next()) {
                count++;
            }
            return count;
        }
    }

    static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static List<Long> longs(Connection db, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    static void update(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    /** The percentile of sorted nanosecond timings, in milliseconds. */
    static double ms(long[] sorted, int percentile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / (double) TimeUnit.MILLISECONDS.toNanos(1);
    }

    /**
     * The SQL statements the server has sent since it started, from its MicroProfile metric. The
     * benchmark is the server's only client while it runs, so the growth over a request type's
     * loop, divided by its requests, is that request's statements (a timer firing meanwhile adds
     * a fraction).
     */
    static long statementsSent(URI server) throws IOException, InterruptedException {
        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(server.resolve("metrics?scope=application")).build(),
                HttpResponse.BodyHandlers.ofString());
        return metrics.body().lines()
                .filter(line -> line.startsWith("switchboard_sql_statements"))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                .mapToLong(value -> (long) Double.parseDouble(value))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The server publishes no switchboard_sql_statements metric"));
    }
}
