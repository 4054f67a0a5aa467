package org.switchboard.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The password-spray load test, against a running server on the scale data ({@link ScaleData}, so
 * it attacks a login of the benchmarks' own and no demo login): a bot at 127.0.0.2 tries one common password against 1,000 logins through the real sign-in
 * form, each attempt a fresh session as a bot would make it, the real user's login among them
 * late; then the real user signs in from 127.0.0.3. Bounded (1,000 attempts, one at a time) and
 * on loopback only: every 127.x address is this machine, and the server sees each as its own
 * client address.
 *
 * <pre>./mvnw -Ppassword-spray test-compile   (with the server on the scale data started as the README says)</pre>
 *
 * It reports how long the attempts took, those the server answered at the speed of a password
 * check (tens of milliseconds and more: PBKDF2 with 210,000 iterations) and those it refused at
 * once (held back: no password checked), and whether the real user got in.
 */
public final class PasswordSpray {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("(?i)^set-cookie:\\s*JSESSIONID=([^;]+)", Pattern.MULTILINE);

    /** A password check takes at least this long here; a held-back attempt answers well under it. */
    private static final long CHECKED_MILLIS = 40;

    private record Answer(int status, String headers, String body, long millis) {
    }

    private PasswordSpray() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080/");
        int attempts = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        String victim = args.length > 2 ? args[2] : ScaleData.PARTNER;
        String password = args.length > 3 ? args[3] : ScaleData.PASSWORD;
        InetAddress bot = InetAddress.getByName("127.0.0.2");
        InetAddress user = InetAddress.getByName("127.0.0.3");

        List<Long> checked = new ArrayList<>();
        List<Long> heldBack = new ArrayList<>();
        boolean victimLetIn = false;
        long started = System.nanoTime();
        for (int attempt = 1; attempt <= attempts; attempt++) {
            // The spray's one common password; the real user's login comes late, when it would do the most harm.
            String login = attempt == attempts - 100 ? victim : "sprayed-" + attempt + "@spray.example";
            Answer answer = signIn(base, bot, login, password);
            if (answer.status() == 302) {
                victimLetIn |= login.equals(victim);
            }
            (answer.millis() >= CHECKED_MILLIS ? checked : heldBack).add(answer.millis());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Answer real = signIn(base, user, victim, password);

        System.out.printf(Locale.ROOT, "%nPassword spray from 127.0.0.2: %d attempts in %.1f s (%.0f a second)%n",
                attempts, seconds, attempts / seconds);
        System.out.printf(Locale.ROOT, "  answered at password-check speed (>= %d ms): %d, median %d ms%n",
                CHECKED_MILLIS, checked.size(), median(checked));
        System.out.printf(Locale.ROOT, "  refused at once (held back, no hash): %d, median %d ms%n",
                heldBack.size(), median(heldBack));
        System.out.printf(Locale.ROOT, "  the real user's password, tried by the bot as attempt %d: %s%n",
                attempts - 100, victimLetIn ? "ACCEPTED (the spray got in)" : "refused (held back)");
        System.out.printf(Locale.ROOT, "The real user from 127.0.0.3: %s%n",
                real.status() == 302 ? "signed in (" + real.millis() + " ms)" : "REFUSED (status " + real.status() + ")");
        if (victimLetIn || real.status() != 302) {
            System.exit(1);
        }
    }

    /** Opens the sign-in page in a new session from {@code from} and posts the form; times the post. */
    private static Answer signIn(URI base, InetAddress from, String email, String password) throws IOException {
        Answer form = send(base, from, "GET", "login.xhtml", null, null);
        Matcher session = SESSION.matcher(form.headers());
        Matcher viewState = VIEW_STATE.matcher(form.body());
        if (!session.find() || !viewState.find()) {
            throw new IllegalStateException("No sign-in form at " + base + "login.xhtml (status " + form.status() + ")");
        }
        StringBuilder post = new StringBuilder("login=login");
        field(post, "login:email", email);
        field(post, "login:password", password);
        field(post, "login:submit", "");
        field(post, "jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
        Matcher nonce = NONCE.matcher(form.body());
        if (nonce.find()) {
            field(post, "primefaces.nonce", nonce.group(1));
        }
        return send(base, from, "POST", "login.xhtml", session.group(1), post.toString());
    }

    private static void field(StringBuilder post, String name, String value) {
        post.append('&').append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /** One HTTP/1.1 request on a socket bound to {@code from}, read to the end (Connection: close). */
    private static Answer send(URI base, InetAddress from, String method, String path, String sessionId, String form)
            throws IOException {
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nConnection: close\r\n"
                    + (sessionId == null ? "" : "Cookie: JSESSIONID=" + sessionId + "\r\n")
                    + (form == null ? "" : "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n")
                    + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            byte[] response = readAll(socket.getInputStream());
            long millis = (System.nanoTime() - started) / 1_000_000;
            // Byte for byte first (chunk sizes count bytes), UTF-8 once the body is whole.
            String text = new String(response, StandardCharsets.ISO_8859_1);
            int split = text.indexOf("\r\n\r\n");
            String headers = split < 0 ? text : text.substring(0, split);
            String content = split < 0 ? "" : text.substring(split + 4);
            if (headers.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                content = dechunk(content);
            }
            content = new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            int status = Integer.parseInt(headers.substring(9, 12));
            return new Answer(status, headers, content, millis);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            all.write(buffer, 0, n);
        }
        return all.toByteArray();
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int line = chunked.indexOf("\r\n", at);
            if (line < 0) {
                break;
            }
            int size = Integer.parseInt(chunked.substring(at, line).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            int end = Math.min(chunked.length(), line + 2 + size);
            out.append(chunked, line + 2, end);
            at = end + 2;
        }
        return out.toString();
    }

    private static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        Long[] sorted = values.toArray(Long[]::new);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
