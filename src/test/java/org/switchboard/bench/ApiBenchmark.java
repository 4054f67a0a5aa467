package org.switchboard.bench;

import static org.switchboard.bench.Bench.longs;
import static org.switchboard.bench.Bench.ms;
import static org.switchboard.bench.Bench.rows;
import static org.switchboard.bench.Bench.single;
import static org.switchboard.bench.Bench.statementsSent;
import static org.switchboard.bench.Bench.update;

import org.switchboard.identity.control.Tokens;
import org.switchboard.testsupport.web.ApiClient;
import org.switchboard.testsupport.web.ApiClient.Answer;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Times the partner API's client list against a running server on the scale data (see
 * ScaleData): the first page, a search, and a deep page reached by cursor, each beside the same
 * SQL run bare over JDBC (the token's check and count, the membership, the page's ids by the
 * (portal_id, column, id) index, then their rows). Prints p50 / p95 / max and the statements the
 * server sent per request. The benchmark gives the scale portal's admin a token of its own, in the
 * database, and removes it when done.
 *
 * <p>Arguments: the server's URL, the database's JDBC URL, and the requests per type (default 200).
 */
public final class ApiBenchmark {

    private static final String ADMIN = ScaleData.ADMIN;
    private static final int WARM_UP = 300;
    private static final int LIMIT = 50;
    private static final String[] TERMS = {"harbour", "dent", "maple logistics", "cedar bakery 3", "lumen", "studios 1",
            "vets", "granite"};

    private final URL server;
    private final Connection db;
    private final int requests;
    private final SplittableRandom random = new SplittableRandom(11);
    private ApiClient api;
    private long userId;
    private long portalId;
    private long tokenId;
    private String tokenHash;

    private ApiBenchmark(URL server, Connection db, int requests) {
        this.server = server;
        this.db = db;
        this.requests = requests;
    }

    public static void main(String[] args) throws Exception {
        URL server = new URL(args.length > 0 ? args[0] : "http://127.0.0.1:8080/");
        String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/switchboard_scale?user=postgres";
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        try (Connection db = DriverManager.getConnection(jdbc)) {
            new ApiBenchmark(server, db, requests).run();
        }
    }

    private void run() throws Exception {
        try (PreparedStatement who = db.prepareStatement("SELECT u.id, m.portal_id FROM app_user u JOIN portal_membership m "
                + "ON m.user_id = u.id WHERE u.email = ? AND m.role = 'PORTAL_ADMIN'")) {
            who.setString(1, ADMIN);
            try (ResultSet row = who.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException(ADMIN + " is no portal admin here: load ScaleData first");
                }
                userId = row.getLong(1);
                portalId = row.getLong(2);
            }
        }
        String secret = "swb_" + Tokens.newToken();
        tokenHash = Tokens.hash(secret);
        tokenId = single(db, "SELECT COALESCE(MAX(id), 0) + 1000000 FROM api_token");
        update(db, "INSERT INTO api_token (id, portal_id, owner_user_id, name, token_hash, hint, scopes, created_at, expires_at, "
                + "requests_per_minute, window_requests, version) VALUES (" + tokenId + ", " + portalId + ", " + userId
                + ", 'API benchmark', '" + tokenHash + "', '" + secret.substring(0, 10) + "', 'accounts:read', now(), "
                + "now() + interval '1 day', 100000, 0, 1)");
        try {
            api = new ApiClient(server, secret);
            long clients = single(db, "SELECT COUNT(*) FROM client_account WHERE portal_id = " + portalId);
            System.out.printf("Portal %d with %,d client accounts; pages of %d; %d requests per type after %d warm-up "
                    + "requests%n%n", portalId, clients, LIMIT, requests, WARM_UP);
            List<String> deepCursors = deepCursors(clients);
            warmUp(deepCursors);
            System.out.printf("%-26s %9s %9s %9s   %9s %9s %9s   %9s %11s%n", "request", "p50 ms", "p95 ms", "max ms",
                    "SQL p50", "SQL p95", "SQL max", "overhead", "statements");
            report("API: first page", i -> get("clients?limit=" + LIMIT), i -> pageSql("", null, null));
            report("API: search", i -> get("clients?limit=" + LIMIT + "&q=" + URLEncoder.encode(TERMS[i % TERMS.length],
                    StandardCharsets.UTF_8)), i -> pageSql(searchCondition(TERMS[i % TERMS.length]), null, null));
            String[] after = new String[2];
            report("API: deep cursor page", i -> {
                String cursor = deepCursors.get(i % deepCursors.size());
                String[] parts = decode(cursor);
                after[0] = parts[6];
                after[1] = parts[7];
                return get("clients?limit=" + LIMIT + "&cursor=" + cursor);
            }, i -> pageSql("", java.net.URLDecoder.decode(after[0], StandardCharsets.UTF_8), Long.parseLong(after[1])));
            System.out.println();
            System.out.println(AccountsBenchmark.ServerHeap.describe());
        } finally {
            update(db, "DELETE FROM api_token WHERE id = " + tokenId);
        }
    }

    /** Cursors of rows spread over the last tenth of the portal's clients in name order. */
    private List<String> deepCursors(long clients) throws SQLException {
        List<String> cursors = new ArrayList<>();
        long from = clients * 9 / 10;
        for (int i = 0; i < 50; i++) {
            long offset = from + random.nextLong(Math.max(1, clients - from - LIMIT));
            try (PreparedStatement row = db.prepareStatement("SELECT name_key, id FROM client_account WHERE portal_id = "
                    + portalId + " ORDER BY name_key, id LIMIT 1 OFFSET " + offset); ResultSet found = row.executeQuery()) {
                found.next();
                String text = "v1|name|asc||||" + URLEncoder.encode(found.getString(1), StandardCharsets.UTF_8) + "|"
                        + found.getLong(2);
                cursors.add(Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return cursors;
    }

    private static String[] decode(String cursor) {
        return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
    }

    private void warmUp(List<String> deepCursors) {
        for (int i = 0; i < WARM_UP; i++) {
            switch (i % 3) {
                case 0 -> get("clients?limit=" + LIMIT);
                case 1 -> get("clients?limit=" + LIMIT + "&q=" + URLEncoder.encode(TERMS[i % TERMS.length], StandardCharsets.UTF_8));
                default -> get("clients?limit=" + LIMIT + "&cursor=" + deepCursors.get(i % deepCursors.size()));
            }
        }
    }

    private Answer get(String path) {
        Answer answer = api.get(path);
        if (answer.status() != 200 || !answer.body().contains("\"data\"")) {
            throw new IllegalStateException("Unexpected answer (" + answer.status() + "): "
                    + answer.body().substring(0, Math.min(500, answer.body().length())));
        }
        return answer;
    }

    // ---- the same SQL, bare ------------------------------------------------------------------------

    private static final String ROW = "SELECT id, name, plan_code, status, seats, users_count, open_jobs_count, "
            + "recent_candidates_count, last_activity_at, created_at, allow_partner_login, trial_ends_at FROM client_account ";

    /** What one list request runs: the token's check and count, the membership and scope, the page's ids, their rows. */
    private Object pageSql(String condition, String afterName, Long afterId) throws SQLException {
        db.setAutoCommit(false);
        try {
            rows(db, "SELECT * FROM api_token WHERE token_hash = '" + tokenHash + "' FOR UPDATE");
            single(db, "SELECT COUNT(m.id) FROM portal_membership m JOIN app_user u ON u.id = m.user_id WHERE m.user_id = "
                    + userId + " AND m.portal_id = " + portalId + " AND m.active = true AND u.active = true");
            update(db, "UPDATE api_token SET last_used_at = now(), window_requests = window_requests + 1, version = version + 1 "
                    + "WHERE id = " + tokenId);
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        rows(db, "SELECT m.id, m.client_scope FROM portal_membership m JOIN app_user u ON u.id = m.user_id WHERE m.portal_id = "
                + portalId + " AND m.user_id = " + userId + " AND m.active = true AND u.active = true");
        String seek = afterName == null ? "" : " AND (name_key > '" + afterName.replace("'", "''") + "' OR (name_key = '"
                + afterName.replace("'", "''") + "' AND id > " + afterId + "))";
        List<Long> ids = longs(db, "SELECT id FROM client_account WHERE portal_id = " + portalId + condition + seek
                + " ORDER BY name_key, id LIMIT " + (LIMIT + 1));
        return ids.isEmpty() ? 0 : rows(db, ROW + "WHERE id IN (" + ids.stream().limit(LIMIT).map(String::valueOf)
                .collect(Collectors.joining(",")) + ")");
    }

    /** The search as the API runs it (the Accounts page's): the admins' e-mails first, then names or those clients. */
    private String searchCondition(String term) throws SQLException {
        String text = term.toLowerCase().replace("'", "''");
        List<Long> admins = longs(db, "SELECT m.client_id FROM client_membership m JOIN app_user u ON u.id = m.user_id "
                + "WHERE m.role = 'CLIENT_ADMIN' AND m.active = true AND u.email LIKE '" + text + "%' LIMIT 1000");
        return admins.isEmpty() ? " AND name_key LIKE '%" + text + "%'"
                : " AND (name_key LIKE '%" + text + "%' OR id IN (" + admins.stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + "))";
    }

    // ---- measuring ---------------------------------------------------------------------------------

    interface Request {
        Object send(int i) throws Exception;
    }

    private void report(String name, Request request, Request sql) throws Exception {
        long[] timed = new long[requests];
        long[] bare = new long[requests];
        long statementsBefore = statementsSent(server.toURI());
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            request.send(i);
            timed[i] = System.nanoTime() - started;
            started = System.nanoTime();
            sql.send(i);
            bare[i] = System.nanoTime() - started;
        }
        double statements = (statementsSent(server.toURI()) - statementsBefore) / (double) requests;
        Arrays.sort(timed);
        Arrays.sort(bare);
        System.out.printf("%-26s %9.1f %9.1f %9.1f   %9.1f %9.1f %9.1f   %9.1f %11.1f%n", name, ms(timed, 50), ms(timed, 95),
                ms(timed, 100), ms(bare, 50), ms(bare, 95), ms(bare, 100), ms(timed, 95) - ms(bare, 95), statements);
    }

}
