package org.switchboard.identity.boundary;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.identity.entity.PasswordReset;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.mail.MailMessage;
import org.switchboard.testsupport.TestClock;
import org.switchboard.testsupport.TestData;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stories of sign-in abuse, each against the login service with the client address the request
 * would carry: a stranger locking an owner (an operator) out, a password spray from one address,
 * the owner's way out of a hold, and a flood of reset mails. Addresses are from the documentation
 * ranges, random per test, so that no other class's attempts count against them.
 */
@ExtendWith(ArquillianExtension.class)
class SignInAbuseIT {

    @Inject
    TestData data;

    @Inject
    LoginService logins;

    @Inject
    PasswordResets resets;

    @AfterEach
    void putTheClockBack() {
        TestClock.reset();
    }

    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "203.0." + random.nextInt(113, 114) + "." + random.nextInt(1, 255) + "-" + random.nextInt(1_000_000);
    }

    @Test
    void aStrangerTypingWrongPasswordsForAnOperatorDoesNotLockTheOperatorOutFromElsewhere() {
        User operator = data.person();
        data.operator(operator);
        String stranger = address();
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertNotEquals(LoginResult.Status.VALID, logins.verify(operator.getEmail(), "guess " + attempt, stranger).status());
        }
        assertEquals(LoginResult.Status.LOCKED, logins.verify(operator.getEmail(), TestData.PASSWORD, stranger).status(),
                "the stranger's address is held back, even with the right password");

        assertEquals(LoginResult.Status.VALID, logins.verify(operator.getEmail(), TestData.PASSWORD, address()).status(),
                "the operator signs in from their own address");
        assertEquals(1, data.all(MailMessage.class, "e.recipient = ?1 and e.kind = ?2", operator.getEmail(),
                "LOGIN_HELD_BACK").size(), "and was told of the hold once");
    }

    @Test
    void aPasswordSprayOfAThousandAttemptsFromOneAddressIsSlowedAndTheRealUserStillSignsIn() {
        User victim = data.person();
        String sprayer = address();
        // Stopped, so that no wait of the throttle runs out during the spray: the count is exact.
        TestClock.stop();
        Map<LoginResult.Status, Integer> answers = new EnumMap<>(LoginResult.Status.class);
        long started = System.nanoTime();
        for (int attempt = 1; attempt <= 1_000; attempt++) {
            // The spray's one common password, against many logins; the victim's turn comes late.
            String login = attempt == 900 ? victim.getEmail() : "sprayed-" + attempt + "-" + sprayer + "@test.example";
            answers.merge(logins.verify(login, TestData.PASSWORD, sprayer).status(), 1, Integer::sum);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(0, answers.getOrDefault(LoginResult.Status.VALID, 0), "the victim's password was never tried: " + answers);
        int checked = answers.getOrDefault(LoginResult.Status.INVALID, 0);
        assertTrue(checked <= 51, checked + " of 1,000 passwords were checked (" + millis + " ms): " + answers);
        assertEquals(LoginResult.Status.VALID, logins.verify(victim.getEmail(), TestData.PASSWORD, address()).status(),
                "the real user signs in from another address");
    }

    @Test
    void theOwnerHeldBackByTheirOwnWrongPasswordsIsLetInAgainByAResetLink() {
        User owner = data.person();
        String home = address();
        for (int attempt = 1; attempt <= 5; attempt++) {
            logins.verify(owner.getEmail(), "forgotten " + attempt, home);
        }
        assertEquals(LoginResult.Status.LOCKED, logins.verify(owner.getEmail(), TestData.PASSWORD, home).status());

        resets.request(owner.getEmail());
        String mail = data.all(MailMessage.class, "e.recipient = ?1 and e.kind = ?2", owner.getEmail(), "PASSWORD_RESET")
                .get(0).getBody();
        Matcher link = Pattern.compile("reset-password\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(mail);
        assertTrue(link.find(), mail);
        resets.reset(link.group(1), "a freshly chosen passphrase");

        assertEquals(LoginResult.Status.VALID, logins.verify(owner.getEmail(), "a freshly chosen passphrase", home).status(),
                "a new password lifts the hold at once");
    }

    @Test
    void forgotPasswordMailsAtMostThreeLinksAnHourToOneLogin() {
        User target = data.person();
        for (int ask = 1; ask <= 6; ask++) {
            resets.request(target.getEmail());
        }
        assertEquals(3, data.all(PasswordReset.class, "e.userId = ?1", target.getId()).size());
        assertEquals(3, data.all(MailMessage.class, "e.recipient = ?1 and e.kind = ?2", target.getEmail(),
                "PASSWORD_RESET").size());

        TestClock.advance(Duration.ofMinutes(61));
        resets.request(target.getEmail());
        assertEquals(4, data.all(PasswordReset.class, "e.userId = ?1", target.getId()).size(), "an hour later, one more");
    }
}
