package org.switchboard.bench;

import static org.switchboard.bench.Bench.single;
import static org.switchboard.bench.Bench.update;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.switchboard.identity.control.Tokens;
import org.switchboard.testsupport.web.ApiClient;
import org.switchboard.testsupport.web.ApiClient.Answer;
import org.switchboard.testsupport.web.WebhookReceiver;
import org.switchboard.testsupport.web.WebhookReceiver.Received;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Webhook fan-out end to end, on loopback: a portal with ten endpoints (ten receivers in this
 * process) listening to client.created, and 10,000 trials provisioned over the API by a few
 * concurrent callers, so each commit writes ten deliveries. Reports how fast the deliveries
 * arrived, their latency from the event (its payload's timestamp) to the receiver, and that each
 * endpoint got each event exactly once and correctly signed. The trials' welcome e-mails go to an
 * SMTP server in this process (the run command's mail session points at 127.0.0.1:2525).
 *
 * <p>Run against a server on the scale data started with
 * {@code SWITCHBOARD_WEBHOOKS_TRUSTED_HOSTS=127.0.0.1}. It uses one of the scale data's small
 * portals (its admin is made a member there), gives it a token in the database, and removes the
 * token and endpoints when done; the trials stay.
 *
 * <p>Arguments: the server's URL, the database's JDBC URL, events, endpoints, concurrent callers.
 */
public final class WebhookFanOutBenchmark {

    private static final String ADMIN = ScaleData.ADMIN;
    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        URL server = new URL(args.length > 0 ? args[0] : "http://127.0.0.1:8080/");
        String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/switchboard_scale?user=postgres";
        int events = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int endpoints = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int callers = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        GreenMail smtp = new GreenMail(new ServerSetup(2525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Connection db = DriverManager.getConnection(jdbc)) {
            run(server, db, events, endpoints, callers);
        } finally {
            smtp.stop();
        }
    }

    private static void run(URL server, Connection db, int events, int endpointCount, int callers) throws Exception {
        long userId = single(db, "SELECT id FROM app_user WHERE email = '" + ADMIN + "'");
        long bigPortal = single(db, "SELECT portal_id FROM portal_membership WHERE user_id = " + userId
                + " ORDER BY portal_id LIMIT 1");
        long portalId = single(db, "SELECT MIN(id) FROM portal WHERE id <> " + bigPortal + " AND kind = 'SERVICE_PROVIDER' "
                + "AND verification = 'VERIFIED'");
        if (single(db, "SELECT COUNT(*) FROM portal_membership WHERE user_id = " + userId + " AND portal_id = " + portalId) == 0) {
            update(db, "INSERT INTO portal_membership (id, user_id, portal_id, role, client_scope, restricted, active, "
                    + "created_at, version) VALUES ((SELECT MAX(id) + 1000 FROM portal_membership), " + userId + ", "
                    + portalId + ", 'PORTAL_ADMIN', 'ALL', false, true, now(), 1)");
        }
        String secret = "swb_" + Tokens.newToken();
        long tokenId = single(db, "SELECT COALESCE(MAX(id), 0) + 1000000 FROM api_token");
        update(db, "INSERT INTO api_token (id, portal_id, owner_user_id, name, token_hash, hint, scopes, created_at, expires_at, "
                + "requests_per_minute, window_requests, version) VALUES (" + tokenId + ", " + portalId + ", " + userId
                + ", 'Fan-out benchmark', '" + Tokens.hash(secret) + "', '" + secret.substring(0, 10) + "', "
                + "'provisioning:write webhooks:write', now(), now() + interval '1 day', 1000000, 0, 1)");
        ApiClient api = new ApiClient(server, secret);
        List<WebhookReceiver> receivers = new ArrayList<>();
        List<Long> endpointIds = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        try {
            for (int i = 0; i < endpointCount; i++) {
                WebhookReceiver receiver = new WebhookReceiver();
                receivers.add(receiver);
                Answer added = api.post("webhooks", "{\"url\":\"" + receiver.url("fan-out/" + i)
                        + "\",\"events\":[\"client.created\"]}", null);
                if (added.status() != 201) {
                    throw new IllegalStateException("Could not add an endpoint (" + added.status() + "): " + added.body()
                            + "\nStart the server with SWITCHBOARD_WEBHOOKS_TRUSTED_HOSTS=127.0.0.1 so it may call loopback.");
                }
                endpointIds.add(added.json().getJsonObject("endpoint").getJsonNumber("id").longValue());
                secrets.add(added.json().getString("secret"));
            }
            System.out.printf("Portal %d: %d endpoints on loopback, %,d trials over the API by %d callers%n%n",
                    portalId, endpointCount, events, callers);
            String run = UUID.randomUUID().toString().substring(0, 6);
            Instant started = Instant.now();
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            List<Future<Integer>> made = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                int n = i;
                made.add(pool.submit(() -> api.post("trials", "{\"companyName\":\"Fan-out " + run + " " + n
                        + "\",\"country\":\"NL\",\"currency\":\"EUR\",\"adminFirstName\":\"Fan\",\"adminLastName\":\"Out\","
                        + "\"adminEmail\":\"fan." + run + "." + n + "@fan-out.example\",\"plan\":\"growth\",\"seats\":3}",
                        UUID.randomUUID().toString()).status()));
            }
            int failed = 0;
            for (Future<Integer> status : made) {
                failed += status.get() == 201 ? 0 : 1;
            }
            pool.shutdown();
            Duration provisioning = Duration.between(started, Instant.now());
            int expected = (events - failed) * endpointCount;
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (receivers.stream().mapToInt(WebhookReceiver::count).sum() < expected && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            List<Received> all = new ArrayList<>();
            receivers.forEach(receiver -> all.addAll(receiver.received()));
            Instant last = all.stream().map(Received::at).max(Instant::compareTo).orElse(started);
            List<Long> latencies = new ArrayList<>();
            for (Received received : all) {
                Matcher at = TIMESTAMP.matcher(received.body());
                if (at.find()) {
                    latencies.add(Duration.between(Instant.parse(at.group(1)), received.at()).toMillis());
                }
            }
            latencies.sort(Long::compare);
            int duplicates = 0;
            int badSignatures = 0;
            for (int i = 0; i < receivers.size(); i++) {
                Set<String> seen = new HashSet<>();
                for (Received received : receivers.get(i).received()) {
                    duplicates += seen.add(received.id()) ? 0 : 1;
                    badSignatures += WebhookReceiver.verifies(received, secrets.get(i)) ? 0 : 1;
                }
            }
            double seconds = Duration.between(started, last).toMillis() / 1000.0;
            System.out.printf("trials made            %,d in %.1f s (%.0f a second), %d refused%n", events - failed,
                    provisioning.toMillis() / 1000.0, (events - failed) / (provisioning.toMillis() / 1000.0), failed);
            System.out.printf("deliveries received    %,d of %,d in %.1f s from the first trial: %.0f a second%n", all.size(),
                    expected, seconds, all.size() / seconds);
            System.out.printf("event to receiver      p50 %d ms, p95 %d ms, max %d ms%n", percentile(latencies, 50),
                    percentile(latencies, 95), percentile(latencies, 100));
            System.out.printf("duplicates %d, bad signatures %d%n%n", duplicates, badSignatures);
            System.out.println(AccountsBenchmark.ServerHeap.describe());
        } finally {
            for (long id : endpointIds) {
                api.delete("webhooks/" + id);
            }
            receivers.forEach(WebhookReceiver::close);
            update(db, "DELETE FROM api_token WHERE id = " + tokenId);
        }
    }

    private static long percentile(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index));
    }

}
