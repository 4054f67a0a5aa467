package org.switchboard.bench;

import static org.switchboard.bench.Bench.longs;
import static org.switchboard.bench.Bench.ms;
import static org.switchboard.bench.Bench.rows;
import static org.switchboard.bench.Bench.single;
import static org.switchboard.bench.Bench.statementsSent;

import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Times the Accounts page's real requests (the Faces AJAX posts its table makes) and the Welcome
 * page against a running server on the scale data (see ScaleData), and beside each the same SQL
 * run bare over JDBC. Prints p50 / p95 / max per request type, the SQL statements the server sent
 * per request (its switchboard_sql_statements metric) and the server's heap.
 *
 * <p>Arguments: the server's URL, the database's JDBC URL, and the requests per type (default 200).
 */
public final class AccountsBenchmark {

    private static final String ADMIN = ScaleData.ADMIN;
    private static final int WARM_UP = 30;
    private static final String[] TERMS = {"harbour", "dent", "maple logistics", "admin123", "cedar bakery 3", "lumen",
            "studios 1", "recruiter88", "vets", "granite"};
    private static final String[] STATUSES = {"TRIAL", "ACTIVE", "PAST_DUE", "CANCELLED", "EXPIRED"};
    private static final String[] SORTS = {"last-activity", "open-jobs", "candidates", "users", "created"};
    private static final Map<String, String> SORT_COLUMNS = Map.of("last-activity", "last_activity_at",
            "open-jobs", "open_jobs_count", "candidates", "recent_candidates_count", "users", "users_count",
            "created", "created_at");

    private final WebClient web;
    private final java.net.URI serverUri;
    private final Connection db;
    private final int requests;
    private final SplittableRandom random = new SplittableRandom(7);
    private long userId;
    private long portalId;

    private AccountsBenchmark(URL server, Connection db, int requests) {
        this.web = new WebClient(server);
        this.serverUri = java.net.URI.create(server.toString());
        this.db = db;
        this.requests = requests;
    }

    public static void main(String[] args) throws Exception {
        URL server = new URL(args.length > 0 ? args[0] : "http://127.0.0.1:8080/");
        String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/switchboard_scale?user=postgres";
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        try (Connection db = DriverManager.getConnection(jdbc)) {
            new AccountsBenchmark(server, db, requests).run();
        }
    }

    private void run() throws Exception {
        Page login = web.login(ADMIN, ScaleData.PASSWORD);
        if (!login.isRedirectTo("/home.xhtml")) {
            throw new IllegalStateException("Could not sign in as " + ADMIN + " (status " + login.status() + "): load ScaleData first");
        }
        try (PreparedStatement who = db.prepareStatement("SELECT u.id, m.portal_id FROM app_user u JOIN portal_membership m "
                + "ON m.user_id = u.id WHERE u.email = ?")) {
            who.setString(1, ADMIN);
            try (ResultSet row = who.executeQuery()) {
                row.next();
                userId = row.getLong(1);
                portalId = row.getLong(2);
            }
        }
        long clients = single(db, "SELECT COUNT(*) FROM client_account WHERE portal_id = " + portalId);
        System.out.printf("Portal %d with %,d client accounts; %d requests per type after %d warm-up requests%n%n",
                portalId, clients, requests, WARM_UP);
        warmUp();
        System.out.printf("%-26s %9s %9s %9s   %9s %9s %9s   %9s %11s%n", "request", "p50 ms", "p95 ms", "max ms",
                "SQL p50", "SQL p95", "SQL max", "overhead", "statements");

        report("Accounts: first page", "portal/accounts.xhtml", i -> page(0), i -> accountsSql(none(), "name_key", true, 0));
        report("Accounts: search", "portal/accounts.xhtml", i -> search(TERMS[i % TERMS.length]),
                i -> accountsSql(searchCondition(TERMS[i % TERMS.length]), "name_key", true, 0));
        report("Accounts: filter", "portal/accounts.xhtml", i -> filter(STATUSES[i % STATUSES.length]),
                i -> accountsSql(() -> " AND status = '" + STATUSES[i % STATUSES.length] + "'", "name_key", true, 0));
        boolean[] ascending = new boolean[SORTS.length];
        report("Accounts: sort", "portal/accounts.xhtml", i -> sort(SORTS[i % SORTS.length]), i -> {
            int s = i % SORTS.length;
            ascending[s] = !ascending[s];
            return accountsSql(none(), SORT_COLUMNS.get(SORTS[s]), ascending[s], 0);
        });
        int[] deep = new int[1];
        report("Accounts: deep page", "portal/accounts.xhtml?sort=last-activity&order=desc", i -> {
            deep[0] = 89_000 + 25 * random.nextInt((int) Math.max(1, (Math.min(clients, 100_000) - 89_000) / 25));
            return page(deep[0]);
        }, i -> accountsSql(none(), "last_activity_at", false, deep[0]));
        report("Welcome", null, i -> web.get("portal/welcome.xhtml"), i -> welcomeSql());
        System.out.println();
        System.out.println(ServerHeap.describe());
    }

    /** Lets the server's JIT and the database's caches settle before anything is timed. */
    private void warmUp() throws Exception {
        current = web.open("portal/accounts.xhtml");
        // 300 requests left the first run after a server start 5 ms slower at the p95 than the next: the
        // JIT had not compiled the rendering yet.
        for (int i = 0; i < 1_000; i++) {
            switch (i % 4) {
                case 0 -> page(25 * random.nextInt(4000));
                case 1 -> search(TERMS[i % TERMS.length]);
                case 2 -> sort(SORTS[i % SORTS.length]);
                default -> web.get("portal/welcome.xhtml");
            }
        }
    }

    // ---- the page requests -------------------------------------------------------------------------

    private Page current;

    private Map<String, String> ajax(String source, String event, String render) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("jakarta.faces.source", source);
        parameters.put("jakarta.faces.partial.execute", source);
        parameters.put("jakarta.faces.partial.render", render);
        if (event != null) {
            parameters.put("jakarta.faces.behavior.event", event);
            parameters.put("jakarta.faces.partial.event", event);
        }
        parameters.put("accounts", "accounts");
        return parameters;
    }

    private Page page(int first) {
        Map<String, String> parameters = ajax("accounts:table", "page", "accounts:table");
        parameters.put("accounts:table_pagination", "true");
        parameters.put("accounts:table_first", String.valueOf(first));
        parameters.put("accounts:table_rows", "25");
        parameters.put("accounts:table_skipChildren", "true");
        parameters.put("accounts:table_encodeFeature", "true");
        return checked(web.ajax("portal/accounts.xhtml", current, parameters));
    }

    private Page search(String term) {
        Map<String, String> parameters = ajax("accounts:q", "keyup", "accounts:table");
        parameters.put("accounts:q", term);
        return checked(web.ajax("portal/accounts.xhtml", current, parameters));
    }

    private Page filter(String status) {
        Map<String, String> parameters = ajax("accounts:status", "change", "accounts:table");
        parameters.put("accounts:status_input", status);
        return checked(web.ajax("portal/accounts.xhtml", current, parameters));
    }

    private Page sort(String column) {
        String link = "accounts:table:sort-" + column;
        Map<String, String> parameters = ajax(link, null, "accounts:table");
        parameters.put(link, link);
        return checked(web.ajax("portal/accounts.xhtml", current, parameters));
    }

    private static Page checked(Page page) {
        if (page.status() != 200 || !page.contains("<partial-response") || page.contains("<error>")
                || !page.contains("account.xhtml?id=") && !page.contains("No client accounts match.")) {
            throw new IllegalStateException("Unexpected answer (" + page.status() + "): "
                    + page.body().substring(0, Math.min(500, page.body().length())));
        }
        return page;
    }

    // ---- the same SQL, bare ------------------------------------------------------------------------

    private static final String ROW = "SELECT id, name, plan_code, status, seats, users_count, open_jobs_count, "
            + "recent_candidates_count, last_activity_at, created_at, allow_partner_login, trial_ends_at FROM client_account ";

    /** What one Accounts request runs: the access checks and scope, the count, the page's ids and rows. */
    private Object accountsSql(Condition condition, String column, boolean ascending, int offset) throws SQLException {
        accessChecks();
        String where = condition.where();
        // Like the page: a new search or filter is counted; turning pages and sorting reuse the total.
        if (!where.isEmpty()) {
            single(db, "SELECT COUNT(id) FROM client_account WHERE portal_id = " + portalId + where);
        }
        String direction = ascending ? " ASC" : " DESC";
        List<Long> ids = longs(db, "SELECT id FROM client_account WHERE portal_id = " + portalId + where + " ORDER BY " + column
                + direction + ", id" + direction + " LIMIT 25 OFFSET " + offset);
        return ids.isEmpty() ? 0 : rows(db, ROW + "WHERE id IN (" + ids.stream().map(String::valueOf).collect(
                java.util.stream.Collectors.joining(",")) + ")");
    }

    interface Condition {
        String where() throws SQLException;
    }

    private Condition none() {
        return () -> "";
    }

    /** The search as the page runs it: the admins' e-mails first, then names or those clients. */
    private Condition searchCondition(String term) {
        return () -> {
            String text = term.toLowerCase().replace("'", "''");
            List<Long> admins = longs(db, "SELECT m.client_id FROM client_membership m JOIN app_user u ON u.id = m.user_id "
                    + "WHERE m.role = 'CLIENT_ADMIN' AND m.active = true AND u.email LIKE '" + text + "%' LIMIT 1000");
            // (The page binds its values, the bare SQL inlines them: the plans may differ, which is the point of timing both.)
            return admins.isEmpty() ? " AND name_key LIKE '%" + text + "%'"
                    : " AND (name_key LIKE '%" + text + "%' OR id IN (" + admins.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(",")) + "))";
        };
    }

    private Object welcomeSql() throws SQLException {
        accessChecks();
        rows(db, "SELECT status, COUNT(id) FROM client_account WHERE portal_id = " + portalId + " GROUP BY status");
        rows(db, "SELECT * FROM portal WHERE id = " + portalId);
        rows(db, ROW + "WHERE portal_id = " + portalId + " AND status = 'TRIAL' AND trial_ends_at >= now() "
                + "AND trial_ends_at < now() + interval '14 days' ORDER BY trial_ends_at, id LIMIT 20");
        accessChecks();
        single(db, "SELECT COALESCE(SUM(open_jobs_count), 0) FROM client_account WHERE portal_id = " + portalId);
        rows(db, "SELECT j.id, j.title, c.id, c.name, j.opened_at, j.candidates_count FROM job j JOIN client_account c "
                + "ON c.id = j.client_id WHERE j.portal_id = " + portalId + " AND j.status = 'OPEN' AND c.portal_id = "
                + portalId + " ORDER BY j.opened_at DESC, j.id DESC LIMIT 10");
        rows(db, "SELECT e.id FROM activity_event e JOIN client_account c ON c.id = e.client_id WHERE e.portal_id = " + portalId
                + " AND c.portal_id = " + portalId + " ORDER BY e.occurred_at DESC, e.id DESC LIMIT 500");
        return rows(db, "SELECT e.id, e.occurred_at, c.id, c.name, e.summary FROM activity_event e JOIN client_account c "
                + "ON c.id = e.client_id WHERE e.portal_id = " + portalId + " AND c.portal_id = " + portalId
                + " ORDER BY e.occurred_at DESC, e.id DESC LIMIT 10");
    }

    /** The tenancy filter's two look-ups and the scope the page's services read. */
    private void accessChecks() throws SQLException {
        rows(db, "SELECT u.id, u.email, u.first_name, u.last_name, u.active, u.must_change_password, o.id FROM app_user u "
                + "LEFT JOIN platform_operator o ON o.user_id = u.id AND o.active = true WHERE u.id = " + userId);
        single(db, "SELECT COUNT(m.id) FROM portal_membership m JOIN app_user u ON u.id = m.user_id JOIN portal p ON p.id = "
                + "m.portal_id WHERE m.user_id = " + userId + " AND m.portal_id = " + portalId
                + " AND m.active = true AND u.active = true AND p.verification <> 'REJECTED'");
        rows(db, "SELECT m.id, m.client_scope FROM portal_membership m JOIN app_user u ON u.id = m.user_id WHERE m.portal_id = "
                + portalId + " AND m.user_id = " + userId + " AND m.active = true AND u.active = true");
    }

    // ---- measuring ---------------------------------------------------------------------------------

    interface Request {
        Object send(int i) throws Exception;
    }

    private void report(String name, String startPage, Request request, Request sql) throws Exception {
        if (startPage != null) {
            current = web.open(startPage);
        }
        for (int i = 0; i < WARM_UP; i++) {
            request.send(i);
        }
        long[] page = new long[requests];
        long[] bare = new long[requests];
        long statementsBefore = statementsSent(serverUri);
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            request.send(i);
            page[i] = System.nanoTime() - started;
            started = System.nanoTime();
            sql.send(i);
            bare[i] = System.nanoTime() - started;
        }
        double statements = (statementsSent(serverUri) - statementsBefore) / (double) requests;
        Arrays.sort(page);
        Arrays.sort(bare);
        System.out.printf("%-26s %9.1f %9.1f %9.1f   %9.1f %9.1f %9.1f   %9.1f %11.1f%n", name, ms(page, 50), ms(page, 95),
                ms(page, 100), ms(bare, 50), ms(bare, 95), ms(bare, 100), ms(page, 95) - ms(bare, 95), statements);
    }

    /** The heap of the Payara Micro process on this machine, read with jcmd. */
    static final class ServerHeap {
        static String describe() {
            List<String> lines = new ArrayList<>();
            ProcessHandle.allProcesses()
                    .filter(process -> process.info().commandLine()
                            .map(line -> line.contains("payara-micro") || line.contains("launch-micro")).orElse(false))
                    .forEach(process -> {
                        try {
                            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(process.pid()), "GC.heap_info")
                                    .redirectErrorStream(true).start();
                            String output = new String(jcmd.getInputStream().readAllBytes());
                            jcmd.waitFor(30, TimeUnit.SECONDS);
                            lines.add("Server heap (pid " + process.pid() + "): " + output.lines()
                                    .filter(line -> line.contains("total") || line.contains("used")).findFirst().orElse(output).strip());
                        } catch (Exception e) {
                            lines.add("Server heap: unreadable (" + e.getMessage() + ")");
                        }
                    });
            return lines.isEmpty() ? "Server heap: no Payara Micro process found on this machine" : String.join("\n", lines);
        }
    }
}
