package org.switchboard.support.view;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Client;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Story: a signed-in client user (or a script with their session) posts an endless "attachment"
 * to the support form, so that every such request holds tens of megabytes of the server's memory
 * before anyone looks at its size. The server refuses an upload once it passes the 10 MB limit,
 * while the file is still arriving, and says why.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OversizedUploadIT {

    private static final int LIMIT = 10 * 1024 * 1024;

    @ArquillianResource
    URL deployment;

    @Test
    void anEndlessUploadIsRefusedOnceItPassesTheLimitBeforeItsEndArrives() throws Exception {
        Fixtures fixtures = new Fixtures(deployment);
        Client client = fixtures.client(fixtures.portal(PortalKind.SERVICE_PROVIDER, "Upload Bureau"), "Upload Works");
        Person admin = fixtures.clientUser(client, ClientRole.CLIENT_ADMIN, "Ula", "Loader");
        WebClient browser = new WebClient(deployment);
        browser.login(admin.email(), Fixtures.PASSWORD);
        Page form = browser.open("client/support.xhtml");
        assertTrue(form.contains("openCase"), "the support page offers the new-case form");

        String response = postEndlessFile(browser.sessionId().orElseThrow(), form.viewState());

        assertTrue(response.startsWith("HTTP/1.1 413"), "answered while the file was still arriving: " + firstLine(response));
        assertTrue(response.contains("larger than 10 MB"), response);
        assertFalse(response.contains("Exception"), "no stack trace: " + response);
        assertTrue(browser.open("client/support.xhtml").contains("No support cases yet."), "nothing was saved");
    }

    /**
     * Sends a multipart post whose file part never ends (chunked, so no length is announced): 12 MB
     * of it, then silence. A server that waits for the whole body before judging it never answers.
     */
    private String postEndlessFile(String sessionId, String viewState) throws IOException {
        URI base = WebClient.loopback(deployment);
        String boundary = "----switchboard" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        for (String[] field : new String[][]{{"openCase", "openCase"}, {"jakarta.faces.ViewState", viewState},
                {"openCase:subject", "Big file"}, {"openCase:description", "See the attachment"},
                {"openCase:priority", "NORMAL"}, {"openCase:submit", ""}}) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
                    .append("\"\r\n\r\n").append(field[1]).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"openCase:file\"; ")
                .append("filename=\"huge.txt\"\r\nContent-Type: text/plain\r\n\r\n");

        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + base.getPath() + "client/support.xhtml HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nCookie: JSESSIONID=" + sessionId + "\r\nContent-Type: multipart/form-data; "
                    + "boundary=" + boundary + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
            // Written beside the reading: a server that stops reading must not stall the test's writes.
            Thread writer = new Thread(() -> {
                byte[] text = new byte[64 * 1024];
                Arrays.fill(text, (byte) 'a');
                try {
                    chunk(out, start);
                    for (int sent = 0; sent < LIMIT + 2 * 1024 * 1024; sent += text.length) {
                        chunk(out, text);
                    }
                    out.flush();
                } catch (IOException refusedMidway) {
                    // The server may close its side as soon as it has answered: the answer is still there to read.
                }
            }, "endless-upload");
            writer.setDaemon(true);
            writer.start();
            return read(socket.getInputStream());
        }
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** The response up to the end of its body (or until the server closes or goes quiet). */
    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.UTF_8).contains("</html>")) {
                    break;
                }
            }
        } catch (SocketTimeoutException quiet) {
            if (answer.size() == 0) {
                fail("no answer 20 s after 12 MB of an unfinished upload: the server waits for all of it");
            }
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static String firstLine(String response) {
        int end = response.indexOf("\r\n");
        return end < 0 ? response : response.substring(0, end);
    }
}
