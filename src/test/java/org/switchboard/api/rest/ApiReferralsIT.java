package org.switchboard.api.rest;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.testsupport.web.ApiClient;
import org.switchboard.testsupport.web.ApiClient.Answer;
import org.switchboard.testsupport.web.Fixtures;
import org.switchboard.testsupport.web.Fixtures.Person;
import org.switchboard.testsupport.web.Fixtures.Portal;

import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Referrals over the API as a partner's lead form submits them: one referral however often a
 * request is retried with its Idempotency-Key, the Referrals page's rules, conflict wording and audit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiReferralsIT {

    @ArquillianResource
    URL deployment;

    private Fixtures fixtures() {
        return new Fixtures(deployment);
    }

    private record Partner(Portal portal, ApiClient api) {
    }

    private Partner partner() {
        Portal portal = fixtures().portal(PortalKind.CHANNEL_PARTNER, "Api Referral Partners");
        Person admin = fixtures().portalAdmin(portal, "Rita", "Referrer");
        return new Partner(portal, new ApiClient(deployment, fixtures().apiToken(portal, admin).secret()));
    }

    /** A company name no other test or demo row has. */
    private static String company(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String lead(String company) {
        return "{\"company\":\"" + company + "\",\"contactName\":\"Lena Licht\",\"contactEmail\":\"Lena@Lead.example\","
                + "\"notes\":\"Three shops\"}";
    }

    private long referralsOf(Portal portal, String company) {
        return Long.parseLong(fixtures().scalar("select count(r) from Referral r where r.portalId = " + portal.id()
                + " and r.company = '" + company + "'"));
    }

    private long audited(Portal portal, String company) {
        return Long.parseLong(fixtures().scalar("select count(e) from AuditEvent e where e.portalId = " + portal.id()
                + " and e.type = org.switchboard.audit.entity.AuditType.REFERRAL_SUBMITTED and e.subject = '" + company + "'"));
    }

    @Test
    void aRetriedReferralWithTheSameIdempotencyKeyIsSubmittedOnce() {
        Partner partner = partner();
        String company = company("Lighthouse Bakery");
        String key = UUID.randomUUID().toString();
        Answer made = partner.api().post("referrals", lead(company), key);
        assertEquals(201, made.status(), made.body());
        JsonObject referral = made.json();
        assertEquals(company, referral.getString("company"));
        assertEquals("lena@lead.example", referral.getString("contactEmail"), "the address is stored as the page stores it");
        assertEquals("submitted", referral.getString("status"));
        assertFalse(referral.containsKey("note"), "no conflict: " + referral);

        Answer retried = partner.api().post("referrals", lead(company), key);
        assertEquals(200, retried.status(), retried.body());
        assertEquals("true", retried.header("Idempotent-Replayed"));
        assertEquals(referral.getJsonNumber("id").longValue(), retried.json().getJsonNumber("id").longValue());
        assertEquals(1, referralsOf(partner.portal(), company));
        assertEquals(1, audited(partner.portal(), company), "audited once, as the page's submit is");

        // Another key is another referral: the page's rule then flags the second one for the team.
        Answer again = partner.api().post("referrals", lead(company), UUID.randomUUID().toString());
        assertEquals(201, again.status(), again.body());
        assertTrue(again.json().getString("note").contains("Your portal referred this company on"), again.body());
        assertEquals(2, referralsOf(partner.portal(), company));
    }

    @Test
    void retriesArrivingTogetherStillSubmitOneReferral() throws Exception {
        Partner partner = partner();
        String company = company("Together Florist");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Answer>> answers = IntStream.range(0, 4).mapToObj(i -> CompletableFuture.supplyAsync(
                    () -> partner.api().post("referrals", lead(company), key), pool)).toList();
            Set<Long> ids = new HashSet<>();
            int created = 0;
            for (CompletableFuture<Answer> answer : answers) {
                Answer got = answer.get();
                assertTrue(got.status() == 201 || got.status() == 200, got.status() + " " + got.body());
                created += got.status() == 201 ? 1 : 0;
                ids.add(got.json().getJsonNumber("id").longValue());
            }
            assertEquals(1, ids.size(), "one referral for every answer");
            assertEquals(1, created, "one answer made it");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, referralsOf(partner.portal(), company));
    }

    @Test
    void theSameKeyInAnotherPortalIsThatPortalsOwnReferralAndTheConflictIsNotExplained() {
        Partner first = partner();
        Partner second = partner();
        String company = company("Shared Key Optics");
        String key = UUID.randomUUID().toString();
        Answer one = first.api().post("referrals", lead(company), key);
        Answer two = second.api().post("referrals", lead(company), key);
        assertEquals(201, one.status(), one.body());
        assertEquals(201, two.status(), "another portal's key is no replay: " + two.body());
        assertNotEquals(one.json().getJsonNumber("id").longValue(), two.json().getJsonNumber("id").longValue());
        // The second portal is told the team checks, never that another partner came first, or when.
        assertEquals("Our team checks this referral against earlier ones and existing clients.", two.json().getString("note"));
        assertFalse(two.body().contains(first.portal().name()));
    }

    @Test
    void invalidFieldsAreListedAndNothingIsSubmitted() {
        Partner partner = partner();
        Answer empty = partner.api().post("referrals", "{\"contactEmail\":\"not an address\"}", UUID.randomUUID().toString());
        assertEquals(400, empty.status(), empty.body());
        assertTrue(empty.contentType().startsWith("application/problem+json"));
        Set<String> fields = new HashSet<>();
        empty.json().getJsonArray("errors").getValuesAs(JsonObject.class).forEach(e -> fields.add(e.getString("field")));
        assertTrue(fields.containsAll(Set.of("company", "contactName", "contactEmail")), fields.toString());

        String company = company("Keyless Tailor");
        Answer noKey = partner.api().post("referrals", lead(company), null);
        assertEquals(400, noKey.status());
        assertEquals("Idempotency-Key", noKey.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, partner.api().post("referrals", "{company: ", UUID.randomUUID().toString()).status());
        assertEquals(0, referralsOf(partner.portal(), company));
        assertEquals(0, Long.parseLong(fixtures().scalar("select count(r) from Referral r where r.portalId = "
                + partner.portal().id())));
    }
}
