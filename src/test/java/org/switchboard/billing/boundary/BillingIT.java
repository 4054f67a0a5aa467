package org.switchboard.billing.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.billing.control.BillingPeriod;
import org.switchboard.billing.entity.Sale;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.billing.entity.Subscription;
import org.switchboard.billing.entity.SubscriptionStatus;
import org.switchboard.account.boundary.ClientPermissions;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.kernel.Money;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.mail.MailMessage;
import org.switchboard.testsupport.TestClock;
import org.switchboard.testsupport.TestData;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Provisioning and the subscription life cycle: what is created, what is charged, and that nothing happens twice. */
@ExtendWith(ArquillianExtension.class)
class BillingIT {

    @Inject
    Provisioning provisioning;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Renewals renewals;

    @Inject
    ClientPermissions permissions;

    @Inject
    TestData data;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private final class Bureau {
        final Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        final User partner = data.person();

        Bureau() {
            data.member(partner, portal, PortalRole.PORTAL_ADMIN);
        }

        NewAccount account(String plan, int seats) {
            return new NewAccount(TestData.unique("Company"), "IE", "EUR", "Ada", "Admin",
                    TestData.unique("admin") + "@test.example", plan, seats, BillingPeriod.MONTHLY);
        }

        long subscribe(String plan, int seats) {
            return provisioning.newSubscription(portal.getId(), partner.getId(), account(plan, seats), key()).clientId();
        }
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    /**
     * What the hourly schedule does, for this test's own accounts only: on a database shared with
     * other test classes the moved clock must not expire or renew anyone else's.
     */
    private int runScheduleFor(long... clientIds) {
        java.time.Instant now = org.switchboard.testsupport.TestClock.now();
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        int done = 0;
        for (long clientId : clientIds) {
            done += renewals.expire(clientId, now) ? 1 : 0;
            for (Subscription subscription : data.all(Subscription.class, "e.clientId = ?1", clientId)) {
                done += renewals.renew(subscription.getId(), today);
            }
        }
        return done;
    }

    private List<Sale> salesOf(long clientId) {
        return data.all(Sale.class, "e.clientId = ?1 order by e.id", clientId);
    }

    private Subscription subscriptionOf(long clientId) {
        return data.all(Subscription.class, "e.clientId = ?1", clientId).get(0);
    }

    @Test
    void aNewSubscriptionMakesTheClientItsAdminTheSubscriptionAndOneNewSale() {
        Bureau bureau = new Bureau();
        NewAccount form = bureau.account("growth", 10);
        String key = key();
        Provisioning.Provisioned first = provisioning.newSubscription(bureau.portal.getId(), bureau.partner.getId(), form, key);
        Provisioning.Provisioned again = provisioning.newSubscription(bureau.portal.getId(), bureau.partner.getId(), form, key);

        assertEquals(first.clientId(), again.clientId(), "a re-posted form finds the first client");
        assertTrue(again.alreadyMade());
        ClientAccount client = data.all(ClientAccount.class, "e.id = ?1", first.clientId()).get(0);
        assertEquals(ClientStatus.ACTIVE, client.getStatus());
        assertEquals(bureau.portal.getId(), client.getPortal().getId());
        assertTrue(client.isAllowPartnerLogin(), "a client its partner creates allows partner login");
        List<Sale> sales = salesOf(client.getId());
        assertEquals(1, sales.size(), "one sale, however often the form is posted");
        assertEquals(SaleType.NEW, sales.get(0).getType());
        assertEquals(Money.of("90.00", "EUR"), sales.get(0).getAmount(), "10 seats at 9.00");
        assertEquals(bureau.portal.getId(), sales.get(0).getPortalId());
        assertEquals(1, data.all(MailMessage.class, "e.recipient = ?1", form.adminEmail()).size(),
                "the admin is e-mailed a link to choose a password");
    }

    @Test
    void badInputCreatesNothing() {
        Bureau bureau = new Bureau();
        long portal = bureau.portal.getId();
        long partner = bureau.partner.getId();
        NewAccount ok = bureau.account("growth", 3);
        List<NewAccount> bad = List.of(
                new NewAccount(ok.companyName(), "IE", "EUR", "Ada", "Admin", ok.adminEmail(), "growth", 0, BillingPeriod.MONTHLY),
                new NewAccount(ok.companyName(), "IE", "EUR", "Ada", "Admin", ok.adminEmail(), "growth", -4, BillingPeriod.MONTHLY),
                new NewAccount(ok.companyName(), "IE", "EUR", "Ada", "Admin", ok.adminEmail(), "platinum", 3, BillingPeriod.MONTHLY),
                new NewAccount(ok.companyName(), "IE", "USD", "Ada", "Admin", ok.adminEmail(), "growth", 3, BillingPeriod.MONTHLY),
                new NewAccount("x".repeat(500), "IE", "EUR", "Ada", "Admin", ok.adminEmail(), "growth", 3, BillingPeriod.MONTHLY),
                new NewAccount(ok.companyName(), "IE", "EUR", "Ada", "Admin", "not-an-address", "growth", 3, BillingPeriod.MONTHLY));
        for (NewAccount form : bad) {
            String key = key();
            assertThrows(RuntimeException.class, () -> provisioning.newSubscription(portal, partner, form, key), form.toString());
            assertTrue(provisioning.madeBy(portal, key).isEmpty(), "nothing created for " + form);
        }
        Refused noTrial = assertThrows(Refused.class, () -> provisioning.startTrial(portal, partner, bureau.account("pro", 3), key()));
        assertEquals("The Pro plan has no trial. Choose another plan or subscribe.", noTrial.getMessage());

        long made = provisioning.newSubscription(portal, partner, ok, key()).clientId();
        NewAccount sameCompanySameAdmin = new NewAccount(ok.companyName(), "IE", "EUR", "Ada", "Admin", ok.adminEmail(),
                "growth", 3, BillingPeriod.MONTHLY);
        Refused owned = assertThrows(Refused.class, () -> provisioning.newSubscription(portal, partner, sameCompanySameAdmin, key()));
        assertTrue(owned.getMessage().contains("Your portal already has a client called"), owned.getMessage());
        assertEquals(1, data.all(ClientAccount.class, "e.portal.id = ?1", portal).size());
        assertEquals(1, salesOf(made).size());
    }

    @Test
    void aTrialExpiresOnceToReadOnlyAndConvertsToASubscriptionWithANewSale() {
        Bureau bureau = new Bureau();
        NewAccount form = bureau.account("starter", 4);
        long client = provisioning.startTrial(bureau.portal.getId(), bureau.partner.getId(), form, key()).clientId();
        ClientAccount trial = data.all(ClientAccount.class, "e.id = ?1", client).get(0);
        assertEquals(ClientStatus.TRIAL, trial.getStatus());
        assertTrue(salesOf(client).isEmpty(), "a trial sells nothing");
        User admin = data.all(User.class, "e.email = ?1", form.adminEmail()).get(0);

        TestClock.advance(Duration.ofDays(15));
        assertEquals(1, runScheduleFor(client));
        assertEquals(0, runScheduleFor(client), "a second run finds nothing to do");
        assertEquals(ClientStatus.EXPIRED, data.reload(trial).getStatus());
        assertEquals(Optional.of(ClientRole.VIEWER), permissions.roleOf(admin.getId(), client), "read-only");

        provisioning.convertTrial(bureau.portal.getId(), bureau.partner.getId(), client, "starter", 6, BillingPeriod.ANNUAL);
        assertEquals(ClientStatus.ACTIVE, data.reload(trial).getStatus());
        assertEquals(Optional.of(ClientRole.CLIENT_ADMIN), permissions.roleOf(admin.getId(), client));
        assertEquals(List.of(Money.of("360.00", "EUR")), salesOf(client).stream().map(Sale::getAmount).toList(),
                "6 seats at 60.00 a year");
        assertThrows(Refused.class, () -> provisioning.convertTrial(bureau.portal.getId(), bureau.partner.getId(), client,
                "starter", 6, BillingPeriod.ANNUAL), "converted once");
    }

    @Test
    void theClientsOwnAdminSubscribesAnEndedTrialAndNoOneElseCan() {
        Bureau bureau = new Bureau();
        NewAccount form = bureau.account("growth", 2);
        long client = provisioning.startTrial(bureau.portal.getId(), bureau.partner.getId(), form, key()).clientId();
        User admin = data.all(User.class, "e.email = ?1", form.adminEmail()).get(0);
        User recruiter = data.person();
        data.member(recruiter, data.all(ClientAccount.class, "e.id = ?1", client).get(0), ClientRole.RECRUITER);
        TestClock.advance(Duration.ofDays(15));
        runScheduleFor(client);

        assertThrows(org.switchboard.platform.kernel.NotPermitted.class, () -> provisioning.subscribeFromClient(
                recruiter.getId(), client, "growth", 3, BillingPeriod.MONTHLY));
        assertThrows(org.switchboard.platform.kernel.NotPermitted.class, () -> provisioning.subscribeFromClient(
                bureau.partner.getId(), client, "growth", 3, BillingPeriod.MONTHLY), "not the partner");
        provisioning.subscribeFromClient(admin.getId(), client, "growth", 3, BillingPeriod.MONTHLY);

        assertEquals(ClientStatus.ACTIVE, data.all(ClientAccount.class, "e.id = ?1", client).get(0).getStatus());
        Sale sale = salesOf(client).get(0);
        assertEquals(Money.of("27.00", "EUR"), sale.getAmount());
        assertEquals(bureau.portal.getId(), sale.getPortalId(), "the sale is still the portal's");
    }

    @Test
    void anUpgradeIsChargedForTheDaysLeftOnceAndADowngradeWaitsForTheRenewal() {
        Bureau bureau = new Bureau();
        long client = bureau.subscribe("growth", 10);
        String form = key();
        TestClock.advance(Duration.ofDays(3));
        Money charged = subscriptions.upgrade(bureau.portal.getId(), bureau.partner.getId(), client, "growth", 20, form);
        Money again = subscriptions.upgrade(bureau.portal.getId(), bureau.partner.getId(), client, "growth", 20, form);
        assertEquals(charged, again);
        List<Sale> upgrades = salesOf(client).stream().filter(s -> s.getType() == SaleType.UPGRADE).toList();
        assertEquals(1, upgrades.size(), "a re-posted upgrade charges once");
        assertTrue(charged.compareTo(Money.of("0.00", "EUR")) > 0 && charged.compareTo(Money.of("90.00", "EUR")) < 0,
                "the share of 90.00 for the days left: " + charged);
        assertThrows(Refused.class, () -> subscriptions.upgrade(bureau.portal.getId(), bureau.partner.getId(), client,
                "starter", 1, key()), "a cheaper choice is no upgrade");

        subscriptions.downgrade(bureau.portal.getId(), bureau.partner.getId(), client, "growth", 5);
        assertEquals(20, subscriptionOf(client).getSeats(), "not before the renewal");
        TestClock.advance(Duration.ofDays(30));
        runScheduleFor(client);
        Subscription renewed = subscriptionOf(client);
        assertEquals(5, renewed.getSeats());
        Sale renewal = salesOf(client).stream().filter(s -> s.getType() == SaleType.RENEWAL).findFirst().orElseThrow();
        assertEquals(Money.of("45.00", "EUR"), renewal.getAmount(), "the renewal charges the downgraded subscription");
    }

    @Test
    void aCancelledSubscriptionEndsAtPeriodEndWithoutARenewal() {
        Bureau bureau = new Bureau();
        long client = bureau.subscribe("starter", 2);
        subscriptions.cancel(bureau.portal.getId(), bureau.partner.getId(), client);
        assertEquals(SubscriptionStatus.CANCELLING, subscriptionOf(client).getStatus());
        TestClock.advance(Duration.ofDays(32));
        runScheduleFor(client);
        assertEquals(SubscriptionStatus.CANCELLED, subscriptionOf(client).getStatus());
        assertEquals(ClientStatus.CANCELLED, data.all(ClientAccount.class, "e.id = ?1", client).get(0).getStatus());
        assertEquals(1, salesOf(client).size(), "no renewal");
    }

    @Test
    void aRefundReversesTheLastChargeOnce() {
        Bureau bureau = new Bureau();
        long client = bureau.subscribe("growth", 2);
        Money refund = subscriptions.refundLast(bureau.portal.getId(), bureau.partner.getId(), client);
        assertEquals(Money.of("-18.00", "EUR"), refund);
        assertThrows(Refused.class, () -> subscriptions.refundLast(bureau.portal.getId(), bureau.partner.getId(), client),
                "nothing left to refund");
        assertEquals(2, salesOf(client).size());
    }

    @Test
    void aPortalCannotRefundOrListTheSalesOfThePortalThatManagedTheClientBefore() {
        Bureau before = new Bureau();
        long client = before.subscribe("growth", 2);
        Bureau after = new Bureau();
        data.moveClient(client, after.portal);

        assertThrows(Refused.class, () -> subscriptions.refundLast(after.portal.getId(), after.partner.getId(), client),
                "the new portal has made no charge of its own");
        assertEquals(1, salesOf(client).size(), "the earlier portal's sale stands unrefunded, and so does its commission");
        assertTrue(subscriptions.sales(after.portal.getId(), after.partner.getId(), client).isEmpty(),
                "nor is the earlier portal's history shown to the new one");
    }

    @Test
    void aPartnerUserWhoIsNoPortalAdminCannotRefund() {
        Bureau bureau = new Bureau();
        long client = bureau.subscribe("growth", 2);
        User partnerUser = data.person();
        data.member(partnerUser, bureau.portal, PortalRole.PARTNER_USER);

        assertThrows(org.switchboard.platform.kernel.NotPermitted.class,
                () -> subscriptions.refundLast(bureau.portal.getId(), partnerUser.getId(), client));
        assertEquals(1, salesOf(client).size(), "nothing refunded");
    }

    @Test
    void renewalsRunExactlyOnceEvenWhenTwoRunsRaceAndThePlanPriceChangesNothingPast() throws Exception {
        Bureau bureau = new Bureau();
        long first = bureau.subscribe("growth", 3);
        long second = bureau.subscribe("starter", 7);
        data.setPlanPrices("growth", "99.00", "990.00");
        try {
            TestClock.advance(Duration.ofDays(32));
            // Two servers' schedules renewing the same subscriptions at the same moment.
            Future<Integer> one = executor.submit(() -> runScheduleFor(first, second));
            Future<Integer> two = executor.submit(() -> runScheduleFor(first, second));
            int renewed = one.get() + two.get() + runScheduleFor(first, second);
            assertEquals(2, renewed, "two renewals in all, whichever run made them");
        } finally {
            data.setPlanPrices("growth", "9.00", "90.00");
        }
        List<Sale> sales = data.all(Sale.class, "e.type = ?1 and e.clientId in (?2, ?3)", SaleType.RENEWAL, first, second);
        assertEquals(2, sales.size(), "one renewal per subscription, though the schedule ran three times, twice at once");
        assertEquals(Money.of("27.00", "EUR"), sales.stream().filter(s -> s.getClientId() == first).findFirst()
                .orElseThrow().getAmount(), "the price the subscription took, not the plan's new one");
        assertEquals(1, subscriptionOf(first).getPeriodIndex());
        assertFalse(subscriptionOf(second).getPeriodEnd().isBefore(subscriptionOf(second).getPeriodStart()));
    }
}
