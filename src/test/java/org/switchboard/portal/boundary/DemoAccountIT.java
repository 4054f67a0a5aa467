package org.switchboard.portal.boundary;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.boundary.PortalClients;
import org.switchboard.account.control.AccountSearch;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.billing.boundary.SalesLedger;
import org.switchboard.billing.boundary.Subscriptions;
import org.switchboard.billing.entity.Sale;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.client.boundary.ActivityEntry;
import org.switchboard.client.boundary.ActivityLog;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.kernel.Money;
import org.switchboard.platform.kernel.NotPermitted;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.testsupport.TestData;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every portal's own demo client account: made with the portal, never counted or billed, reset by its admins. */
@ExtendWith(ArquillianExtension.class)
class DemoAccountIT {

    @Inject
    DemoClients demoClients;

    @Inject
    PortalClients clients;

    @Inject
    PortalOverview overview;

    @Inject
    ActivityLog activity;

    @Inject
    Subscriptions subscriptions;

    @Inject
    SalesLedger sales;

    @Inject
    TestData data;

    @Test
    void aNewPortalGetsOneDemoAccountFullOfRecentSampleWork() {
        User sam = data.person();
        Portal portal = data.portal(PortalKind.CHANNEL_PARTNER);
        data.member(sam, portal, PortalRole.PORTAL_ADMIN);
        assertTrue(demoClients.portalsWithout(Instant.now().plusSeconds(60), 10_000).contains(portal.getId()), "made before demo accounts: none yet");
        ClientAccount demo = demoClients.createFor(portal);

        assertFalse(demoClients.portalsWithout(Instant.now().plusSeconds(60), 10_000).contains(portal.getId()));
        assertTrue(data.reload(demo).isDemo());
        assertTrue(data.reload(demo).isAllowPartnerLogin(), "the portal's people enter it without any client's consent");
        assertEquals(demo.getId(), demoClients.createFor(portal).getId(), "a portal keeps its one demo account");
        ClientAccount filled = data.reload(demo);
        assertEquals(4, filled.getUsersCount());
        assertEquals(5, filled.getOpenJobsCount());
        List<ActivityEntry> latest = activity.latestOf(demo.getId(), 0, 1_000);
        assertTrue(latest.size() > 30, "jobs, candidates and their moves: " + latest.size());
        Instant now = Instant.now();
        assertTrue(latest.stream().allMatch(e -> e.occurredAt().isAfter(now.minus(Duration.ofDays(91)))));
        assertTrue(latest.get(0).occurredAt().isAfter(now.minus(Duration.ofDays(3))));
    }

    @Test
    void theDemoAccountNeverCountsInTheAccountsTotalsOrTheWelcomeSnapshot() {
        Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        User admin = data.person();
        data.member(admin, portal, PortalRole.PORTAL_ADMIN);
        data.client(portal, ClientStatus.ACTIVE);
        data.trial(portal, Instant.now().plus(Duration.ofDays(3)));
        long id = admin.getId();
        Figures before = figuresOf(portal.getId(), id);

        ClientAccount demo = demoClients.createFor(portal);

        assertEquals(before, figuresOf(portal.getId(), id));
        assertTrue(clients.find(portal.getId(), id, demo.getId()).isPresent(), "yet it is reached, for its own card");
        User assignedPartner = data.person();
        data.memberOfAssigned(assignedPartner, portal);
        assertTrue(clients.find(portal.getId(), assignedPartner.getId(), demo.getId()).isPresent(),
                "every person of the portal may show it");
        assertEquals(0, clients.count(portal.getId(), assignedPartner.getId(), AccountSearch.everything()));
    }

    @Test
    void resetRegeneratesCurrentSampleWorkAndKeepsTheAccount() {
        Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        User admin = data.person();
        data.member(admin, portal, PortalRole.PORTAL_ADMIN);
        ClientAccount demo = demoClients.createFor(portal);
        activity.record(demo, admin.getId(), ActivityType.SETTINGS_CHANGED, "Prospect tried something");
        long events = activity.countOf(demo.getId());

        demoClients.reset(portal.getId(), admin.getId());

        assertEquals(demo.getId(), demoClients.of(portal.getId(), admin.getId()).orElseThrow().clientId());
        assertEquals(events - 1, activity.countOf(demo.getId()), "the sample work again, and nothing the prospect did");
        assertTrue(activity.latestOf(demo.getId(), 0, 1_000).stream()
                .noneMatch(e -> e.summary().equals("Prospect tried something")));
        ClientAccount after = data.reload(demo);
        assertEquals(5, after.getOpenJobsCount());
        assertEquals(4, after.getUsersCount());
        assertTrue(after.getLastActivityAt().isAfter(Instant.now().minus(Duration.ofDays(3))));
    }

    @Test
    void onlyThePortalsAdminMayResetIt() {
        Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        Portal other = data.portal(PortalKind.SERVICE_PROVIDER);
        User partner = data.person();
        User otherAdmin = data.person();
        data.member(partner, portal, PortalRole.PARTNER_USER);
        data.member(otherAdmin, other, PortalRole.PORTAL_ADMIN);
        ClientAccount demo = demoClients.createFor(portal);
        long events = activity.countOf(demo.getId());

        assertThrows(NotPermitted.class, () -> demoClients.reset(portal.getId(), partner.getId()));
        assertThrows(NotPermitted.class, () -> demoClients.reset(portal.getId(), otherAdmin.getId()));
        assertFalse(demoClients.of(portal.getId(), partner.getId()).orElseThrow().resettable());
        assertTrue(demoClients.of(portal.getId(), otherAdmin.getId()).isEmpty(), "another portal's admin sees nothing of it");
        assertEquals(events, activity.countOf(demo.getId()));
    }

    @Test
    void billingRefusesTheDemoAccount() {
        Portal portal = data.portal(PortalKind.CHANNEL_PARTNER);
        User admin = data.person();
        data.member(admin, portal, PortalRole.PORTAL_ADMIN);
        ClientAccount demo = demoClients.createFor(portal);

        assertThrows(Refused.class, () -> subscriptions.cancel(portal.getId(), admin.getId(), demo.getId()));
        assertThrows(Refused.class, () -> subscriptions.upgrade(portal.getId(), admin.getId(), demo.getId(), "pro", 5, "k1"));
        Refused sale = assertThrows(Refused.class, () -> sales.record(new Sale("DEMO:" + demo.getId(), SaleType.NEW,
                portal.getId(), demo.getId(), 0L, Money.of("10.00", "EUR"), Instant.now(), "Demo sale", null)));
        assertTrue(sale.getMessage().contains("demo account"), sale.getMessage());
    }

    private record Figures(long total, Object byStatus, long openJobs, long activity, int trials) {
    }

    private Figures figuresOf(long portalId, long userId) {
        PortalSnapshot snapshot = overview.snapshot(portalId, userId).orElseThrow();
        return new Figures(clients.count(portalId, userId, AccountSearch.everything()), snapshot.clientsByStatus(),
                overview.openJobCount(portalId, userId), overview.activityCount(portalId, userId),
                overview.trialsEndingSoon(portalId, userId, 10).size());
    }
}
