package org.switchboard.identity.view;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Smtp;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An attacker asks for a victim's password reset with a Host header of their own, hoping the mailed
 * link (with a real token) points at their site. Links are built only from
 * {@code switchboard.public-url}, never from the request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForgedHostIT {

    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();

    @ArquillianResource
    URL deployment;

    @Test
    void aResetAskedForWithTheAttackersHostHeaderMailsALinkToSwitchboardOnly() throws Exception {
        Person victim = new Fixtures(deployment).person("Vic", "Tim");
        WebClient attacker = new WebClient(deployment);
        Page form = attacker.open("forgot-password.xhtml");
        Map<String, String> post = new LinkedHashMap<>();
        post.put("forgot", "forgot");
        post.put("forgot:email", victim.email());
        post.put("forgot:send", "");
        post.put("jakarta.faces.ViewState", form.viewState());
        form.nonce().ifPresent(nonce -> post.put("primefaces.nonce", nonce));

        assertEquals(200, postWithHost("evil.example", "forgot-password.xhtml", attacker.sessionId().orElseThrow(), post));

        String mail = textMailedTo(victim.email());
        assertFalse(mail.contains("evil.example"), "a link to the attacker's host: " + mail);
        assertTrue(mail.contains(WebClient.loopback(deployment) + "reset-password.xhtml?token="),
                "the link is on the configured address: " + mail);
    }

    /** A form post as a browser would send it, but with the given Host header (java.net.http refuses to set one). */
    private int postWithHost(String host, String path, String sessionId, Map<String, String> form) throws IOException {
        URI base = WebClient.loopback(deployment);
        byte[] body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + base.getPath() + path + " HTTP/1.1\r\n"
                    + "Host: " + host + "\r\n"
                    + "Cookie: JSESSIONID=" + sessionId + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + body.length + "\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static String textMailedTo(String email) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            MimeMessage[] messages = smtp.getReceivedMessagesForDomain(email);
            if (messages.length > 0) {
                return String.valueOf(messages[0].getContent());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No e-mail to " + email);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
