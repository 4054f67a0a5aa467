package org.switchboard.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;
import org.switchboard.platform.persistence.DatabaseMigration;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Times the shared-candidate search (the count and the first page of 25, as a new search on the
 * Shared candidates page runs them) over JDBC on 1,000,000 candidates in one portal. On first use it
 * creates its own database, applies the migrations and loads: one company group of 20,000 client
 * accounts, half of them sharing, 200,000 jobs and 1,000,000 candidates, plus another portal of
 * 200,000 candidates that must never be found. Prints p50 / p95 / max per search length.
 *
 * <p>Arguments: the PostgreSQL server's JDBC URL without a database, the database's name, searches per kind (200).
 */
public final class SharedCandidatesBenchmark {

    static final int CLIENTS = 20_000;
    static final int JOBS = 200_000;
    static final int CANDIDATES = 1_000_000;
    static final int OTHER_CANDIDATES = 200_000;
    private static final int BATCH = 20_000;

    private static final String[] FIRST = {"Ada", "Ben", "Chloe", "Dev", "Eve", "Farid", "Grace", "Hugo", "Isla", "Jonas",
            "Keira", "Luca", "Maya", "Nina", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Vera", "Will", "Xena",
            "Yusuf", "Zoe", "Amir", "Bea", "Carlos", "Dana", "Elif", "Femi", "Gus", "Hana", "Ivan", "Jade", "Kofi", "Lena",
            "Milo", "Noor"};
    private static final String[] LAST = {"Byrne", "Okafor", "Martin", "Patel", "Larsen", "Haddad", "Kim", "Silva", "Murphy",
            "Weber", "Walsh", "Romano", "Nowak", "Garcia", "Khan", "Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans",
            "Thomas", "Roberts", "Wright", "Walker", "Hughes", "Green", "Hall", "Wood", "Clarke", "Jackson", "White",
            "Harris", "Lewis", "Young", "King", "Scott", "Adams", "Baker", "Hill"};
    /** What recruiters type: two letters up to a first name and the start of a surname. */
    private static final String[][] SEARCHES = {
            {"2 letters", "ad", "ma", "jo", "zo", "lu", "ha", "sa", "no"},
            {"first name", "grace", "tariq", "noor", "milo", "chloe", "farid", "vera", "kofi"},
            {"first and surname start", "grace ki", "tariq wa", "noor ba", "milo hu", "chloe ok", "farid ha", "vera sm",
                    "kofi cl"}};

    private static final String SEARCH = " FROM candidate c, client_account s "
            + "JOIN portal p ON p.id = s.portal_id WHERE s.id = c.client_id AND p.id = ? AND p.candidate_sharing = TRUE "
            + "AND s.shares_candidates = TRUE AND s.id <> ? AND c.name_key LIKE ?";

    public static void main(String[] args) throws Exception {
        String server = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/";
        String name = args.length > 1 ? args[1] : "switchboard_sharing_bench";
        int searches = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        try (Connection admin = DriverManager.getConnection(server + "postgres?user=postgres");
             Statement statement = admin.createStatement();
             ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + name);
            }
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(server + name + "?user=postgres");
        DatabaseMigration.migrate(dataSource, null);
        try (Connection db = dataSource.getConnection()) {
            if (count(db, "SELECT COUNT(*) FROM candidate") == 0) {
                load(db);
            }
            run(db, searches);
        }
    }

    private static void run(Connection db, int searches) throws Exception {
        long portal = 1;
        long own = 2; // an opted-in client searching: its own candidates are excluded
        System.out.printf("Portal with %,d clients (%,d sharing), %,d candidates in all; %d searches per kind%n%n",
                count(db, "SELECT COUNT(*) FROM client_account WHERE portal_id = 1"),
                count(db, "SELECT COUNT(*) FROM client_account WHERE portal_id = 1 AND shares_candidates"),
                count(db, "SELECT COUNT(*) FROM candidate"), searches);
        System.out.printf("%-26s %9s %9s %9s %12s%n", "search (count + page 1)", "p50 ms", "p95 ms", "max ms", "matches");
        try (PreparedStatement counted = db.prepareStatement("SELECT COUNT(c.id)" + SEARCH);
             PreparedStatement page = db.prepareStatement("SELECT c.id" + SEARCH + " ORDER BY c.name_key, c.id LIMIT 25 OFFSET 0");
             // Like the service: the page's ids off the name index, then only those rows.
             PreparedStatement rows = db.prepareStatement("SELECT c.id, c.full_name, c.email, c.stage, c.applied_at, s.id, "
                     + "s.name, j.title FROM candidate c JOIN job j ON j.id = c.job_id JOIN client_account s ON s.id = c.client_id "
                     + "WHERE c.id = ANY (?) ORDER BY c.name_key, c.id")) {
            for (String[] kind : SEARCHES) {
                long[] took = new long[searches];
                long matches = 0;
                for (int i = -30; i < searches; i++) {
                    String pattern = kind[1 + Math.floorMod(i, kind.length - 1)] + "%";
                    long started = System.nanoTime();
                    matches = Math.max(matches, single(bind(counted, portal, own, pattern)));
                    java.util.List<Long> ids = new java.util.ArrayList<>();
                    try (ResultSet result = bind(page, portal, own, pattern).executeQuery()) {
                        while (result.next()) {
                            ids.add(result.getLong(1));
                        }
                    }
                    rows.setArray(1, db.createArrayOf("bigint", ids.toArray()));
                    try (ResultSet result = rows.executeQuery()) {
                        while (result.next()) {
                            result.getString(2);
                        }
                    }
                    if (i >= 0) {
                        took[i] = System.nanoTime() - started;
                    }
                    if (ids.isEmpty()) {
                        throw new IllegalStateException("Nothing found for " + pattern);
                    }
                }
                Arrays.sort(took);
                System.out.printf("%-26s %9.1f %9.1f %9.1f %12s%n", kind[0], ms(took, 50), ms(took, 95), ms(took, 100),
                        "≤ " + String.format("%,d", matches));
            }
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, long portal, long own, String pattern) throws Exception {
        statement.setLong(1, portal);
        statement.setLong(2, own);
        statement.setString(3, pattern);
        return statement;
    }

    private static void load(Connection db) throws Exception {
        long started = System.nanoTime();
        db.setAutoCommit(false);
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        SplittableRandom random = new SplittableRandom(9);
        copy(copy, "portal (id, name, kind, verification, created_at, version, candidate_sharing)", 2,
                (i, row) -> row.append(i + 1).append(i == 0 ? ",Bench Group" : ",Other Group")
                        .append(",COMPANY_GROUP,VERIFIED,2024-01-01 00:00:00+00,1,true"));
        // Client 1..CLIENTS in portal 1 (even ids share), the last one in portal 2 (it shares too).
        copy(copy, "client_account (id, name, name_key, plan_code, status, seats, portal_id, allow_partner_login, created_at, "
                + "last_activity_at, version, shares_candidates)", CLIENTS + 1, (i, row) -> {
            String name = "Brand " + (i + 1);
            row.append(i + 1).append(',').append(name).append(',').append(name.toLowerCase()).append(",pro,ACTIVE,10,")
                    .append(i == CLIENTS ? 2 : 1).append(",false,2024-01-01 00:00:00+00,2024-01-01 00:00:00+00,1,")
                    .append(i == CLIENTS || (i + 1) % 2 == 0);
        });
        copy(copy, "job (id, client_id, portal_id, title, status, opened_at, candidates_count, created_at, version)", JOBS + 1,
                (i, row) -> row.append(i + 1).append(',').append(i == JOBS ? CLIENTS + 1 : i % CLIENTS + 1).append(',')
                        .append(i == JOBS ? 2 : 1).append(",Job ").append(i + 1)
                        .append(",OPEN,2024-01-01 00:00:00+00,0,2024-01-01 00:00:00+00,1"));
        copy(copy, "candidate (id, client_id, job_id, full_name, name_key, email, stage, applied_at, stage_changed_at, version)",
                CANDIDATES + OTHER_CANDIDATES, (i, row) -> {
                    boolean other = i >= CANDIDATES;
                    int job = other ? JOBS : random.nextInt(JOBS);
                    String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                    row.append(i + 1).append(',').append(other ? CLIENTS + 1 : job % CLIENTS + 1).append(',').append(job + 1)
                            .append(',').append(name).append(',').append(name.toLowerCase()).append(",c").append(i + 1)
                            .append("@mail.example,APPLIED,2024-02-01 00:00:00+00,2024-02-01 00:00:00+00,1");
                });
        db.commit();
        db.setAutoCommit(true);
        try (Statement statement = db.createStatement()) {
            for (String table : new String[]{"portal", "client_account", "job", "candidate"}) {
                statement.execute("VACUUM (ANALYZE) " + table);
            }
        }
        System.out.printf("Loaded in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    interface RowWriter {
        void write(int i, StringBuilder row);
    }

    private static void copy(CopyManager copy, String target, int rows, RowWriter writer) throws Exception {
        StringBuilder batch = new StringBuilder(BATCH * 120);
        for (int i = 0; i < rows; i++) {
            writer.write(i, batch);
            batch.append('\n');
            if ((i + 1) % BATCH == 0 || i == rows - 1) {
                copy.copyIn("COPY " + target + " FROM STDIN WITH (FORMAT csv)", new StringReader(batch.toString()));
                batch.setLength(0);
            }
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long single(PreparedStatement statement) throws Exception {
        try (ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static double ms(long[] sorted, int percentile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
