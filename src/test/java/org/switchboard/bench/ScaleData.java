package org.switchboard.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;
import org.switchboard.platform.persistence.DatabaseMigration;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.io.StringReader;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.SplittableRandom;

/**
 * Fills an empty PostgreSQL database with a portal at scale, for the benchmarks (never run by the
 * tests): "Atlas Payroll Group" with 100,000 client accounts, 1,000,000 jobs, 1,000,000
 * candidates and 5,000,000 activity events, plus 2,000 other portals of 20 clients each. Loaded
 * with COPY in batches; the figures the Accounts page sorts by are computed from the same rows.
 *
 * <p>Logins: bench.admin@atlas.example (portal admin, all clients) and bench.partner@atlas.example
 * (partner user assigned 2,000 clients), password {@value #PASSWORD}.
 */
public final class ScaleData {

    public static final String PASSWORD = "switchboard-bench";
    /** The portal admin of the big portal, with all its clients. */
    public static final String ADMIN = "bench.admin@atlas.example";
    /** The partner user assigned 2,000 clients, whose login the password-spray load test attacks. */
    public static final String PARTNER = "bench.partner@atlas.example";
    static final int BIG_CLIENTS = 100_000;
    static final int OTHER_PORTALS = 2_000;
    static final int CLIENTS_PER_OTHER_PORTAL = 20;
    static final int JOBS = 1_000_000;
    static final int CANDIDATES = 1_000_000;
    static final int EVENTS = 5_000_000;
    static final int ASSIGNED_TO_PARTNER = 2_000;
    private static final int BATCH = 100_000;

    private static final String[] FIRST = {"Maple", "Harbour", "Summit", "Cedar", "Granite", "Aurora", "Beacon", "Juniper",
            "Lantern", "Meadow", "Orchard", "Pioneer", "Quarry", "Riverbend", "Sterling", "Thistle", "Upland", "Violet",
            "Willow", "Yarrow", "Kestrel", "Lumen", "Cobalt", "Northgate", "Ember", "Fern", "Ivy", "Kite", "Oak", "Nimbus"};
    private static final String[] SECOND = {"Dental", "Logistics", "Bakery", "Builders", "Vets", "Studios", "Legal",
            "Robotics", "Health", "Hotels", "Florists", "Joinery", "Clinic", "Café", "Motors", "Nursery", "Pharmacy",
            "Salon", "Surveyors", "Accountants"};
    private static final String[] JOB_TITLES = {"Barista", "Warehouse operative", "Dental nurse", "Account manager",
            "Site manager", "Software engineer", "Paralegal", "Head chef", "Receptionist", "Driver", "Care assistant"};
    private static final String[] PLANS = {"starter", "growth", "pro"};

    private final Instant now = Instant.now();
    private final SplittableRandom random = new SplittableRandom(2026);
    private final int totalClients = BIG_CLIENTS + OTHER_PORTALS * CLIENTS_PER_OTHER_PORTAL;
    // Per client (index = id - 1): the figures, computed as the rows are made.
    private final int[] openJobs = new int[totalClients];
    private final int[] users = new int[totalClients];
    private final int[] recentCandidates = new int[totalClients];
    private final long[] lastActivity = new long[totalClients];
    private final long[] created = new long[totalClients];
    // The rows, decided first so that every figure is known before the client rows are written.
    private final int[] jobClient = new int[JOBS];
    private final long[] jobOpened = new long[JOBS];
    private final boolean[] jobOpen = new boolean[JOBS];
    private final int[] jobCandidates = new int[JOBS];
    private final int[] candidateJob = new int[CANDIDATES];
    private final long[] candidateApplied = new long[CANDIDATES];
    private final int[] eventClient = new int[EVENTS];
    private final long[] eventAt = new long[EVENTS];
    private final boolean[] membershipActive = new boolean[(BIG_CLIENTS + OTHER_PORTALS * CLIENTS_PER_OTHER_PORTAL) * 2];

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/switchboard_scale?user=postgres";
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        DatabaseMigration.migrate(dataSource, null);
        try (Connection connection = dataSource.getConnection()) {
            new ScaleData().load(connection);
        }
    }

    void load(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet portals = statement.executeQuery("SELECT COUNT(*) FROM portal")) {
            portals.next();
            if (portals.getLong(1) > 0) {
                throw new IllegalStateException("The database already has portals: give ScaleData an empty database");
            }
        }
        connection.setAutoCommit(false);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long started = System.nanoTime();

        step("portals", () -> copy(copy, "portal (id, name, kind, verification, created_at, version)", 1 + OTHER_PORTALS,
                (i, row) -> row.append(i + 1).append(',').append(i == 0 ? "Atlas Payroll Group" : "Partner portal " + i)
                        .append(',').append(i == 0 ? "SERVICE_PROVIDER" : (i % 3 == 0 ? "CHANNEL_PARTNER" : i % 3 == 1
                                ? "SERVICE_PROVIDER" : "COMPANY_GROUP")).append(",VERIFIED,").append(ts(daysAgo(2000))).append(",1")));
        step("deciding the rows", this::decide);
        step("client accounts", () -> copy(copy, "client_account (id, name, plan_code, status, seats, portal_id, "
                + "allow_partner_login, created_at, version, name_key, users_count, open_jobs_count, recent_candidates_count, "
                + "last_activity_at, trial_ends_at)", totalClients, this::client));
        step("people", () -> copy(copy, "app_user (id, email, first_name, last_name, password_hash, active, "
                + "must_change_password, failed_logins, locked_until, last_login_at, created_at, version)", 2 + totalClients * 2,
                this::person));
        step("client memberships", () -> copy(copy, "client_membership (id, user_id, client_id, role, active, created_at, version)",
                totalClients * 2, this::clientMembership));
        step("jobs", () -> copy(copy, "job (id, client_id, portal_id, title, location, department, status, opened_at, "
                + "closed_at, candidates_count, created_at, version)", JOBS, this::job));
        step("candidates", () -> copy(copy, "candidate (id, client_id, job_id, full_name, name_key, email, stage, applied_at, "
                + "stage_changed_at, version)", CANDIDATES, this::candidate));
        step("activity events", () -> copy(copy, "activity_event (id, occurred_at, client_id, portal_id, actor_user_id, "
                + "effective_user_id, type, summary)", EVENTS, this::event));
        step("portal staff", () -> {
            copy(copy, "portal_membership (id, user_id, portal_id, role, client_scope, restricted, active, created_at, version)", 2,
                    (i, row) -> row.append(i + 1).append(',').append(i + 1).append(",1,")
                            .append(i == 0 ? "PORTAL_ADMIN,ALL,false" : "PARTNER_USER,ASSIGNED,false").append(",true,")
                            .append(ts(now)).append(",1"));
            copy(copy, "portal_membership_client (membership_id, client_id)", ASSIGNED_TO_PARTNER,
                    (i, row) -> row.append("2,").append(1 + i * (BIG_CLIENTS / ASSIGNED_TO_PARTNER)));
        });
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            for (String[] sequence : new String[][]{{"portal_seq", "portal"}, {"client_account_seq", "client_account"},
                    {"app_user_seq", "app_user"}, {"portal_membership_seq", "portal_membership"},
                    {"client_membership_seq", "client_membership"}, {"job_seq", "job"}, {"candidate_seq", "candidate"},
                    {"activity_event_seq", "activity_event"}}) {
                // EclipseLink takes the 50 ids below each value it draws: start safely above every loaded id.
                statement.execute("SELECT setval('" + sequence[0] + "', (SELECT (COALESCE(MAX(id), 0) / 50 + 2) * 50 FROM "
                        + sequence[1] + "))");
            }
            step("vacuum and analyze", () -> {
                for (String table : new String[]{"client_account", "job", "candidate", "activity_event", "app_user",
                        "client_membership", "portal_membership_client"}) {
                    statement.execute("VACUUM (ANALYZE) " + table);
                }
            });
        }
        System.out.printf("Scale data loaded in %.0f s: 1 large portal of %,d clients, %,d other portals, %,d jobs, "
                        + "%,d candidates, %,d activity events. Sign in as bench.admin@atlas.example / %s%n",
                (System.nanoTime() - started) / 1e9, BIG_CLIENTS, OTHER_PORTALS, JOBS, CANDIDATES, EVENTS, PASSWORD);
    }

    // ---- rows ------------------------------------------------------------------------------------

    private void decide() {
        for (int c = 0; c < totalClients; c++) {
            created[c] = daysAgo(30 + random.nextInt(1800));
            lastActivity[c] = created[c];
        }
        for (int j = 0; j < JOBS; j++) {
            int client = random.nextInt(BIG_CLIENTS);
            jobClient[j] = client;
            jobOpened[j] = Math.max(created[client], daysAgo(random.nextInt(730)) - random.nextInt(86_400));
            jobOpen[j] = random.nextInt(10) < 4;
            if (jobOpen[j]) {
                openJobs[client]++;
            }
            touch(client, jobOpened[j]);
        }
        for (int c = 0; c < CANDIDATES; c++) {
            int job = random.nextInt(JOBS);
            candidateJob[c] = job;
            candidateApplied[c] = Math.min(nowSeconds(), jobOpened[job] + random.nextInt(40 * 86_400));
            if (candidateApplied[c] >= nowSeconds() - 30L * 86_400) {
                recentCandidates[jobClient[job]]++;
            }
            jobCandidates[job]++;
            touch(jobClient[job], candidateApplied[c]);
        }
        for (int e = 0; e < EVENTS; e++) {
            int client = random.nextInt(BIG_CLIENTS);
            // Skewed towards the recent past, as real activity is.
            long ago = (long) (Math.pow(random.nextDouble(), 2) * 730 * 86_400);
            eventClient[e] = client;
            eventAt[e] = Math.max(created[client], nowSeconds() - ago);
            touch(client, eventAt[e]);
        }
        for (int m = 0; m < membershipActive.length; m++) {
            membershipActive[m] = m % 2 == 0 || random.nextInt(4) > 0;
            if (membershipActive[m]) {
                users[m / 2]++;
            }
        }
    }

    private void job(int i, StringBuilder row) {
        long opened = jobOpened[i];
        boolean open = jobOpen[i];
        row.append(i + 1).append(',').append(jobClient[i] + 1).append(",1,").append(JOB_TITLES[i % JOB_TITLES.length])
                .append(",Remote,Operations,").append(open ? "OPEN" : "CLOSED").append(',').append(ts(opened)).append(',')
                .append(open ? "" : ts(Math.min(nowSeconds(), opened + 86_400L * (1 + i % 60)))).append(',')
                .append(jobCandidates[i]).append(',').append(ts(opened)).append(",1");
    }

    private static final String[] STAGES = {"APPLIED", "SCREENING", "INTERVIEW", "OFFER", "HIRED", "REJECTED"};

    private void candidate(int i, StringBuilder row) {
        int job = candidateJob[i];
        long applied = candidateApplied[i];
        row.append(i + 1).append(',').append(jobClient[job] + 1).append(',').append(job + 1).append(",Candidate ").append(i + 1)
                .append(",candidate ").append(i + 1).append(",candidate").append(i + 1).append("@mail.example,").append(STAGES[i % STAGES.length])
                .append(',').append(ts(applied)).append(',').append(ts(applied)).append(",1");
    }

    private void event(int i, StringBuilder row) {
        row.append(i + 1).append(',').append(ts(eventAt[i])).append(',').append(eventClient[i] + 1).append(",1,,,")
                .append(i % 3 == 0 ? "JOB_UPDATED,Edited a job" : i % 3 == 1 ? "CANDIDATE_MOVED,Moved a candidate"
                        : "CANDIDATE_APPLIED,A candidate applied");
    }

    private void person(int i, StringBuilder row) {
        if (i < 2) {
            String email = i == 0 ? ADMIN : PARTNER;
            row.append(i + 1).append(',').append(email).append(",Bench,").append(i == 0 ? "Admin" : "Partner").append(',')
                    .append(hash(PASSWORD)).append(",true,false,0,,,").append(ts(now)).append(",1");
            return;
        }
        int n = i - 2;
        int client = n / 2;
        row.append(i + 1).append(',').append(n % 2 == 0 ? "admin" : "recruiter").append(client + 1).append('@')
                .append(slug(client)).append(".example,").append(n % 2 == 0 ? "Client,Admin" : "Client,Recruiter")
                .append(",,true,false,0,,,").append(ts(created[client])).append(",1");
    }

    private void clientMembership(int i, StringBuilder row) {
        int client = i / 2;
        boolean admin = i % 2 == 0;
        boolean active = membershipActive[i];
        row.append(i + 1).append(',').append(i + 3).append(',').append(client + 1).append(',')
                .append(admin ? "CLIENT_ADMIN" : "RECRUITER").append(',').append(active).append(',')
                .append(ts(created[client])).append(",1");
    }

    private void client(int i, StringBuilder row) {
        int portal = i < BIG_CLIENTS ? 1 : 2 + (i - BIG_CLIENTS) / CLIENTS_PER_OTHER_PORTAL;
        int roll = random.nextInt(100);
        String status = roll < 70 ? "ACTIVE" : roll < 80 ? "TRIAL" : roll < 88 ? "PAST_DUE" : roll < 96 ? "CANCELLED" : "EXPIRED";
        String name = name(i);
        row.append(i + 1).append(',').append(csv(name)).append(',').append(PLANS[random.nextInt(3)]).append(',').append(status)
                .append(',').append(1 + random.nextInt(200)).append(',').append(portal).append(",true,").append(ts(created[i]))
                .append(",1,").append(csv(name.toLowerCase())).append(',').append(users[i]).append(',').append(openJobs[i])
                .append(',').append(recentCandidates[i]).append(',').append(ts(lastActivity[i])).append(',')
                .append("TRIAL".equals(status) ? ts(nowSeconds() + random.nextInt(30 * 86_400)) : "");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    interface RowWriter {
        void write(int index, StringBuilder row);
    }

    interface Step {
        void run() throws Exception;
    }

    private static void step(String what, Step step) throws Exception {
        long started = System.nanoTime();
        step.run();
        System.out.printf("  %-20s %6.1f s%n", what, (System.nanoTime() - started) / 1e9);
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

    private void touch(int client, long at) {
        if (at > lastActivity[client]) {
            lastActivity[client] = at;
        }
    }

    private String name(int i) {
        return FIRST[i % FIRST.length] + " " + SECOND[(i / FIRST.length) % SECOND.length] + " " + (i / (FIRST.length * SECOND.length) + 1);
    }

    private String slug(int client) {
        return name(client).toLowerCase().replace("é", "e").replace(' ', '-');
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private long nowSeconds() {
        return now.getEpochSecond();
    }

    private long daysAgo(int days) {
        return now.minus(Duration.ofDays(days)).getEpochSecond();
    }

    private static String ts(long epochSecond) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC).toString();
    }

    private static String ts(Instant instant) {
        return ts(instant.getEpochSecond());
    }

    /** The same format Jakarta Security's Pbkdf2PasswordHash writes, so the bench logins work. */
    private static String hash(String password) {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 512)).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA512:210000:" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
