package org.switchboard.webhook.boundary;

import com.sun.net.httpserver.HttpServer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.NotPermitted;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.mail.MailMessage;
import org.switchboard.testsupport.TestClock;
import org.switchboard.testsupport.TestData;
import org.switchboard.webhook.entity.DeliveryStatus;
import org.switchboard.webhook.entity.WebhookDelivery;
import org.switchboard.webhook.entity.WebhookEventType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox of webhook deliveries inside the server: once-only sending, giving up on a dead endpoint, schedules. */
@ExtendWith(ArquillianExtension.class)
class WebhookDeliveryIT {

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    WebhookOutbox outbox;

    @Inject
    WebhookSender sender;

    @Inject
    TrialsEnding trialsEnding;

    @Inject
    TestData data;

    @Inject
    org.switchboard.access.boundary.PartnerAccess access;

    @Inject
    org.switchboard.portal.boundary.PortalPeople people;

    @Inject
    org.switchboard.invitation.boundary.JoinInvitations joins;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private record Admin(Portal portal, User admin) {
    }

    private Admin admin(PortalKind kind) {
        Portal portal = data.portal(kind);
        User admin = data.person();
        data.member(admin, portal, PortalRole.PORTAL_ADMIN);
        return new Admin(portal, admin);
    }

    /** A loopback port nothing listens on: every delivery to it fails to connect. */
    private static int deadPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private List<WebhookDelivery> deliveriesOf(long endpointId) {
        return data.all(WebhookDelivery.class, "e.endpointId = ?1 order by e.id", endpointId);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Waited 30 s for " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void anEndpointFailingForADayIsDisabledItsWaitingDeliveriesFailAndItsAdminsAreMailed() throws Exception {
        Admin owner = admin(PortalKind.SERVICE_PROVIDER);
        long endpointId = endpoints.add(owner.portal().getId(), owner.admin().getId(),
                "http://127.0.0.1:" + deadPort() + "/down", "Down for good", Set.of(WebhookEventType.CLIENT_CREATED)).id();

        outbox.announce(owner.portal().getId(), WebhookEventType.CLIENT_CREATED, () -> Json.createObjectBuilder().build(), null);
        await("the first failed attempt", () -> deliveriesOf(endpointId).get(0).getAttempts() == 1);
        WebhookDelivery first = deliveriesOf(endpointId).get(0);
        assertEquals(DeliveryStatus.PENDING, first.getStatus(), "tried again later");
        assertNotNull(first.getLastError());
        EndpointSummary failing = endpoints.endpoint(owner.portal().getId(), owner.admin().getId(), endpointId);
        assertTrue(failing.enabled());
        assertNotNull(failing.failingSince());

        TestClock.advance(Duration.ofHours(25));
        outbox.announce(owner.portal().getId(), WebhookEventType.CLIENT_CREATED, () -> Json.createObjectBuilder().build(), null);
        await("the endpoint to be disabled", () -> !endpoints.endpoint(owner.portal().getId(), owner.admin().getId(),
                endpointId).enabled());

        EndpointSummary disabled = endpoints.endpoint(owner.portal().getId(), owner.admin().getId(), endpointId);
        assertTrue(disabled.disabledReason().contains("for a day"), disabled.disabledReason());
        await("every delivery to end failed", () -> deliveriesOf(endpointId).stream()
                .allMatch(delivery -> delivery.getStatus() == DeliveryStatus.FAILED));
        List<MailMessage> mails = data.all(MailMessage.class, "e.recipient = ?1 and e.kind = ?2", owner.admin().getEmail(),
                "WEBHOOK_DISABLED");
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getBody().contains("/down"), mails.get(0).getBody());

        outbox.announce(owner.portal().getId(), WebhookEventType.CLIENT_CREATED, () -> Json.createObjectBuilder().build(), null);
        assertEquals(2, deliveriesOf(endpointId).size(), "a disabled endpoint is written nothing");
    }

    @Test
    void aDeliverySentToByFourSendersAtOnceReachesTheReceiverOnce() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        receiver.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            Admin owner = admin(PortalKind.SERVICE_PROVIDER);
            long endpointId = endpoints.add(owner.portal().getId(), owner.admin().getId(),
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/once", null,
                    Set.of(WebhookEventType.CLIENT_CREATED)).id();
            // Written without the after-commit send, so that only the four senders race for it.
            long deliveryId = data.pendingDelivery(endpointId, owner.portal().getId());
            CompletableFuture.allOf(IntStream.range(0, 4).mapToObj(i -> CompletableFuture.runAsync(() -> sender.deliver(deliveryId)))
                    .toArray(CompletableFuture[]::new)).join();
            await("the delivery", () -> deliveriesOf(endpointId).get(0).getStatus() == DeliveryStatus.DELIVERED);
            Thread.sleep(1_000);
            assertEquals(1, requests.get(), "four senders at once; one claim");
            assertEquals(1, deliveriesOf(endpointId).get(0).getAttempts());
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void aTrialEndingIsAnnouncedOnceHoweverOftenTheScheduleLooks() throws Exception {
        Admin owner = admin(PortalKind.SERVICE_PROVIDER);
        long endpointId = endpoints.add(owner.portal().getId(), owner.admin().getId(),
                "http://127.0.0.1:" + deadPort() + "/trials", null, Set.of(WebhookEventType.TRIAL_ENDING)).id();
        endpoints.disable(owner.portal().getId(), owner.admin().getId(), endpointId);
        endpoints.enable(owner.portal().getId(), owner.admin().getId(), endpointId);
        ClientAccount soon = data.trial(owner.portal(), Instant.now().plus(Duration.ofDays(2)));
        data.trial(owner.portal(), Instant.now().plus(Duration.ofDays(10)));

        trialsEnding.announceDue();
        trialsEnding.announceDue();

        List<WebhookDelivery> announced = deliveriesOf(endpointId);
        assertEquals(1, announced.size(), "one trial ends within three days, announced once");
        assertEquals("trial.ending", announced.get(0).getEventType());
        assertTrue(announced.get(0).getPayload().contains("\"id\":" + soon.getId()), announced.get(0).getPayload());
        assertTrue(announced.get(0).getPayload().contains("\"daysLeft\":1"), announced.get(0).getPayload());
    }

    @Test
    void onlyThePortalsAdminsManageItsEndpointsAndAnotherPortalsAreNotFound() throws Exception {
        Admin owner = admin(PortalKind.SERVICE_PROVIDER);
        long endpointId = endpoints.add(owner.portal().getId(), owner.admin().getId(),
                "http://127.0.0.1:" + deadPort() + "/mine", null, Set.of(WebhookEventType.CLIENT_CREATED)).id();
        User partner = data.person();
        data.member(partner, owner.portal(), PortalRole.PARTNER_USER);
        assertThrows(NotPermitted.class, () -> endpoints.ofPortal(owner.portal().getId(), partner.getId()));
        assertThrows(NotPermitted.class, () -> endpoints.rotate(owner.portal().getId(), partner.getId(), endpointId));

        Admin rival = admin(PortalKind.SERVICE_PROVIDER);
        assertThrows(NotFound.class, () -> endpoints.remove(rival.portal().getId(), rival.admin().getId(), endpointId));
        assertThrows(NotFound.class, () -> endpoints.sendTest(rival.portal().getId(), rival.admin().getId(), endpointId));
        assertEquals(1, endpoints.ofPortal(owner.portal().getId(), owner.admin().getId()).size());
        assertFalse(endpoints.ofPortal(rival.portal().getId(), rival.admin().getId()).stream()
                .anyMatch(endpoint -> endpoint.id() == endpointId));
    }

    @Test
    void aVisitToAClientIsAnnouncedWhenItStartsAndWhenItEnds() throws Exception {
        Admin owner = admin(PortalKind.SERVICE_PROVIDER);
        ClientAccount client = data.client(owner.portal(), org.switchboard.account.entity.ClientStatus.ACTIVE);
        data.member(data.person(), client, org.switchboard.account.entity.ClientRole.CLIENT_ADMIN);
        long endpointId = endpoints.add(owner.portal().getId(), owner.admin().getId(),
                "http://127.0.0.1:" + deadPort() + "/visits", null,
                Set.of(WebhookEventType.ACCESS_STARTED, WebhookEventType.ACCESS_ENDED)).id();

        var ticket = access.startAsSelf(owner.portal().getId(), owner.admin().getId(), client.getId(),
                java.util.Optional.empty(), "/portal/accounts.xhtml");
        access.end(ticket.accessSessionId(), owner.admin().getId(), org.switchboard.platform.tenancy.EndReason.BACK_TO_PORTAL);

        List<WebhookDelivery> announced = deliveriesOf(endpointId);
        assertEquals(List.of("access.started", "access.ended"), announced.stream().map(WebhookDelivery::getEventType).toList());
        for (WebhookDelivery delivery : announced) {
            assertTrue(delivery.getPayload().contains("\"id\":" + ticket.accessSessionId()), delivery.getPayload());
            assertTrue(delivery.getPayload().contains("\"clientId\":" + client.getId()), delivery.getPayload());
            assertTrue(delivery.getPayload().contains(owner.admin().getEmail()), delivery.getPayload());
            assertTrue(delivery.getPayload().contains("\"mode\":\"as_self\""), delivery.getPayload());
        }
        assertTrue(announced.get(1).getPayload().contains("\"endReason\":\"back_to_portal\""), announced.get(1).getPayload());
    }

    @Test
    void anAcceptedInvitationToThePortalIsAnnounced() throws Exception {
        Admin owner = admin(PortalKind.SERVICE_PROVIDER);
        long endpointId = endpoints.add(owner.portal().getId(), owner.admin().getId(),
                "http://127.0.0.1:" + deadPort() + "/joins", null, Set.of(WebhookEventType.INVITATION_ACCEPTED)).id();
        User joiner = data.person();
        people.add(owner.portal().getId(), owner.admin().getId(), new org.switchboard.portal.boundary.PersonForm(
                joiner.getEmail(), "Jo", "Iner", PortalRole.PARTNER_USER, false, true,
                org.switchboard.account.entity.ClientScope.ALL, List.of(), true, null, false, false));
        assertTrue(deliveriesOf(endpointId).isEmpty(), "nothing before they accept");
        String mail = data.all(MailMessage.class, "e.recipient = ?1 and e.kind = ?2 order by e.id desc", joiner.getEmail(),
                "JOIN_INVITATION").get(0).getBody();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("invitation\\.xhtml\\?token=([A-Za-z0-9_-]+)")
                .matcher(mail);
        assertTrue(token.find(), mail);

        joins.acceptJoin(token.group(1), joiner.getId());

        List<WebhookDelivery> announced = deliveriesOf(endpointId);
        assertEquals(1, announced.size());
        assertEquals("invitation.accepted", announced.get(0).getEventType());
        assertTrue(announced.get(0).getPayload().contains(joiner.getEmail()), announced.get(0).getPayload());
        assertTrue(announced.get(0).getPayload().contains("\"acceptedByUserId\":" + joiner.getId()),
                announced.get(0).getPayload());
    }

    @Test
    void aPortalHasAtMostTwentyEndpoints() throws Exception {
        Admin owner = admin(PortalKind.SERVICE_PROVIDER);
        String address = "http://127.0.0.1:" + deadPort() + "/many";
        for (int i = 0; i < WebhookEndpoints.MOST; i++) {
            endpoints.add(owner.portal().getId(), owner.admin().getId(), address, null, Set.of(WebhookEventType.ACCESS_ENDED));
        }
        Refused refused = assertThrows(Refused.class, () -> endpoints.add(owner.portal().getId(), owner.admin().getId(),
                address, null, Set.of(WebhookEventType.ACCESS_ENDED)));
        assertTrue(refused.getMessage().contains("at most 20"), refused.getMessage());
    }
}
