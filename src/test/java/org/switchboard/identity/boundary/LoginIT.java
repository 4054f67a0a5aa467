package org.switchboard.identity.boundary;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.security.PasswordHasher;
import org.switchboard.platform.security.Roles;
import org.switchboard.platform.security.StoredHash;
import org.switchboard.testsupport.TestClock;
import org.switchboard.testsupport.TestData;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.INVALID;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Login as Jakarta Security sees it: the identity store over our users, lockout and hashes. */
@ExtendWith(ArquillianExtension.class)
class LoginIT {

    @Inject
    UserIdentityStore identityStore;

    @Inject
    LoginService logins;

    @Inject
    TestData data;

    @Inject
    AuditLog audit;

    @Inject
    Pbkdf2PasswordHash weakHash;

    @AfterEach
    void putTheClockBack() {
        TestClock.reset();
    }

    private CredentialValidationResult login(String email, String password) {
        return identityStore.validate(new UsernamePasswordCredential(email, password));
    }

    @Test
    void rightPasswordSignsInWhateverTheLetterCaseOfTheEmail() {
        User person = data.person();
        CredentialValidationResult result = login("  " + person.getEmail().toUpperCase() + " ", TestData.PASSWORD);
        assertEquals(VALID, result.getStatus());
        assertEquals(String.valueOf(person.getId()), result.getCallerPrincipal().getName());
        assertEquals(java.util.Set.of(Roles.USER), result.getCallerGroups());
        assertNotNull(data.reload(person).getLastLoginAt());
        assertEquals(1, audit.latestFor(person.getId(), AuditType.LOGIN_SUCCEEDED, 10).size());
    }

    @Inject
    UserAccounts users;

    @Test
    void anInvitedPersonWithoutAPasswordYetCannotSignInWithAnyPassword() {
        User invited = users.createInvited(TestData.unique("invited") + "@test.example", "Ivy", "Invited");
        String stored = data.reload(invited).getPasswordHash();

        assertEquals(INVALID, login(invited.getEmail(), "").getStatus());
        assertEquals(INVALID, login(invited.getEmail(), TestData.PASSWORD).getStatus());
        assertEquals(INVALID, login(invited.getEmail(), stored).getStatus(), "not even the stored hash itself");
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:210000:"), "a full-strength hash of a secret nobody kept");
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        User person = data.person();
        LoginResult wrongPassword = logins.verify(person.getEmail(), "not the password at all");
        LoginResult unknown = logins.verify(TestData.unique("nobody") + "@test.example", TestData.PASSWORD);
        LoginResult malformed = logins.verify("not an e-mail", TestData.PASSWORD);
        assertEquals(LoginResult.Status.INVALID, wrongPassword.status());
        assertEquals(wrongPassword, unknown);
        assertEquals(wrongPassword, malformed);
        assertEquals(INVALID, login(person.getEmail(), "wrong").getStatus());
    }

    @Test
    void failedLoginsAreAuditedEvenThoughTheLoginFails() {
        String nobody = TestData.unique("nobody") + "@test.example";
        logins.verify(nobody, "whatever password");
        List<AuditEvent> events = audit.latestAbout(nobody, 5);
        assertEquals(1, events.size());
        assertEquals(AuditType.LOGIN_FAILED, events.get(0).getType());
    }

    @Test
    void theFifthWrongPasswordHoldsTheLoginBackFromThatAddressEvenAgainstTheRightPassword() {
        User person = data.person();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(LoginResult.Status.INVALID, logins.verify(person.getEmail(), "wrong " + attempt).status());
        }
        LoginResult fifth = logins.verify(person.getEmail(), "wrong 5");
        assertEquals(LoginResult.Status.LOCKED, fifth.status());
        assertNotNull(fifth.lockedUntil());

        assertEquals(LoginResult.Status.LOCKED, logins.verify(person.getEmail(), TestData.PASSWORD).status());
        assertEquals(INVALID, login(person.getEmail(), TestData.PASSWORD).getStatus());
        assertEquals(1, audit.latestFor(person.getId(), AuditType.LOGIN_LOCKED_OUT, 10).size());
        assertEquals(2, audit.latestAbout(person.getEmail(), 20).stream()
                .filter(event -> event.getType() == AuditType.LOGIN_REFUSED_WHILE_LOCKED).count());
    }

    @Test
    void theHoldLiftsAfterFifteenMinutes() {
        User person = data.person();
        for (int attempt = 1; attempt <= 5; attempt++) {
            logins.verify(person.getEmail(), "wrong " + attempt);
        }
        TestClock.advance(Duration.ofMinutes(14));
        assertEquals(LoginResult.Status.LOCKED, logins.verify(person.getEmail(), TestData.PASSWORD).status());

        TestClock.advance(Duration.ofMinutes(1));
        assertEquals(LoginResult.Status.VALID, logins.verify(person.getEmail(), TestData.PASSWORD).status());
        assertEquals(LoginResult.Status.INVALID, logins.verify(person.getEmail(), "wrong again").status(),
                "the right password started the count afresh");
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() {
        User person = data.person();
        logins.verify(person.getEmail(), "wrong 1");
        logins.verify(person.getEmail(), "wrong 2");
        logins.verify(person.getEmail(), TestData.PASSWORD);
        for (int attempt = 1; attempt <= 4; attempt++) {
            logins.verify(person.getEmail(), "wrong again " + attempt);
        }
        assertEquals(LoginResult.Status.VALID, logins.verify(person.getEmail(), TestData.PASSWORD).status());
    }

    @Test
    void anOlderWeakerHashIsUpgradedAtLogin() {
        User person = data.person();
        weakHash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "10000"));
        data.setPasswordHash(person, weakHash.generate(TestData.PASSWORD.toCharArray()));

        assertEquals(VALID, login(person.getEmail(), TestData.PASSWORD).getStatus());

        StoredHash upgraded = StoredHash.parse(data.reload(person).getPasswordHash()).orElseThrow();
        assertEquals(PasswordHasher.ALGORITHM, upgraded.algorithm());
        assertEquals(PasswordHasher.ITERATIONS, upgraded.iterations());
        assertEquals(VALID, login(person.getEmail(), TestData.PASSWORD).getStatus());
        assertEquals(1, audit.latestFor(person.getId(), AuditType.PASSWORD_REHASHED, 10).size());
    }

    @Test
    void newHashesUseStrongParametersAndAPerUserSalt() {
        User one = data.person();
        User two = data.person();
        StoredHash stored = StoredHash.parse(one.getPasswordHash()).orElseThrow();
        assertEquals("PBKDF2WithHmacSHA512", stored.algorithm());
        assertTrue(stored.iterations() >= 210_000);
        assertFalse(one.getPasswordHash().equals(two.getPasswordHash()), "same password, different salt");
    }

    @Test
    void aDeactivatedPersonCannotSignIn() {
        User person = data.person();
        data.deactivate(person);
        assertEquals(LoginResult.Status.INACTIVE, logins.verify(person.getEmail(), TestData.PASSWORD).status());
        assertEquals(INVALID, login(person.getEmail(), TestData.PASSWORD).getStatus());
    }

    @Test
    void platformOperatorsGetTheOperatorRole() {
        User person = data.person();
        data.operator(person);
        assertEquals(java.util.Set.of(Roles.USER, Roles.OPERATOR), login(person.getEmail(), TestData.PASSWORD).getCallerGroups());
    }
}
