package org.switchboard.webhook.control;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureTest {

    /** The example of the Standard Webhooks specification and its reference libraries' tests. */
    @Test
    void signsTheSpecificationsExampleAsItsLibrariesDo() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330, "{\"test\": 2432232314}"));
    }

    @Test
    void duringARotationBothSecretsSignSpaceSeparatedCurrentFirst() {
        String current = WebhookSignature.newSecret();
        String previous = WebhookSignature.newSecret();
        String header = WebhookSignature.header(List.of(current, previous), "msg_1", 1, "{}");
        String[] signatures = header.split(" ");
        assertEquals(2, signatures.length);
        assertEquals(WebhookSignature.sign(current, "msg_1", 1, "{}"), signatures[0]);
        assertEquals(WebhookSignature.sign(previous, "msg_1", 1, "{}"), signatures[1]);
    }

    @Test
    void aChangedBodyIdOrTimestampChangesTheSignature() {
        String secret = WebhookSignature.newSecret();
        String signed = WebhookSignature.sign(secret, "msg_1", 100, "{\"a\":1}");
        assertNotEquals(signed, WebhookSignature.sign(secret, "msg_1", 100, "{\"a\":2}"));
        assertNotEquals(signed, WebhookSignature.sign(secret, "msg_2", 100, "{\"a\":1}"));
        assertNotEquals(signed, WebhookSignature.sign(secret, "msg_1", 101, "{\"a\":1}"));
    }

    @Test
    void newSecretsAreThirtyTwoRandomBytesAfterThePrefix() {
        String secret = WebhookSignature.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring("whsec_".length())).length);
        assertNotEquals(secret, WebhookSignature.newSecret());
    }
}
