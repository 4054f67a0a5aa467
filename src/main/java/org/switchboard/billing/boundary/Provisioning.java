package org.switchboard.billing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.switchboard.account.boundary.Memberships;
import org.switchboard.account.boundary.PortalPermissions;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientScope;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalMembership;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.billing.control.BillingPeriod;
import org.switchboard.billing.entity.Plan;
import org.switchboard.billing.entity.Sale;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.billing.entity.Subscription;
import org.switchboard.client.boundary.ActivityLog;
import org.switchboard.account.boundary.ClientPermissions;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.identity.boundary.AccountRefused;
import org.switchboard.identity.boundary.PasswordResets;
import org.switchboard.identity.boundary.UserAccounts;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.kernel.EmailAddress;
import org.switchboard.platform.kernel.Money;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.NotPermitted;
import org.switchboard.platform.kernel.Refused;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's Actions: a new subscription, a trial, and turning a trial into a subscription. Each
 * makes the client account with its admin (who gets an e-mail to choose a password, or joins with
 * the login they have), belongs to the portal, allows partner login, and records the sale it
 * produces. A form posted twice (same idempotency key) makes one client, one subscription, one sale.
 */
@Stateless
public class Provisioning {

    @PersistenceContext
    EntityManager em;

    @Inject
    SalesLedger sales;

    @Inject
    PlanCatalogue plans;

    @Inject
    UserAccounts users;

    @Inject
    Memberships memberships;

    @Inject
    PasswordResets welcomes;

    @Inject
    ClientPermissions permissions;

    @Inject
    ActivityLog activity;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PortalPermissions portalPermissions;

    /** The client a form made, and whether this post found it already made. */
    public record Provisioned(long clientId, boolean alreadyMade) {
    }

    /** The client a form with this idempotency key made in this portal, if any. */
    public Optional<Long> madeBy(long portalId, String creationKey) {
        return em.createQuery("select c.id from ClientAccount c where c.creationKey = :key and c.portal.id = :portal",
                        Long.class)
                .setParameter("key", creationKey).setParameter("portal", portalId)
                .getResultStream().findFirst();
    }

    public Provisioned newSubscription(long portalId, long actorUserId, @Valid NewAccount form, String creationKey) {
        Optional<Long> made = madeBy(portalId, requireKey(creationKey));
        if (made.isPresent()) {
            return new Provisioned(made.get(), true);
        }
        if (form.billing() == null) {
            throw new Refused("Choose monthly or annual billing.");
        }
        Plan plan = plans.forSale(form.planCode(), form.currency());
        ClientAccount client = newClient(portalId, actorUserId, form, plan, ClientStatus.ACTIVE, creationKey);
        Subscription subscription = subscribe(client, plan, form.seats(), form.billing());
        activity.record(client, actorUserId, ActivityType.SUBSCRIPTION_STARTED, "Subscribed to " + plan.getName() + ", "
                + form.seats() + " seats, " + form.billing().label().toLowerCase());
        audit.record(AuditEvent.of(AuditType.CLIENT_PROVISIONED).actor(actorUserId).portal(portalId).client(client.getId())
                .detail("New subscription " + plan.getCode() + " x" + form.seats() + " " + form.billing() + ", "
                        + subscription.periodPrice()));
        return new Provisioned(client.getId(), false);
    }

    public Provisioned startTrial(long portalId, long actorUserId, @Valid NewAccount form, String creationKey) {
        Optional<Long> made = madeBy(portalId, requireKey(creationKey));
        if (made.isPresent()) {
            return new Provisioned(made.get(), true);
        }
        Plan plan = plans.forSale(form.planCode(), form.currency());
        if (!plan.hasTrial()) {
            throw new Refused("The " + plan.getName() + " plan has no trial. Choose another plan or subscribe.");
        }
        ClientAccount client = newClient(portalId, actorUserId, form, plan, ClientStatus.TRIAL, creationKey);
        Instant ends = clock.instant().plus(Duration.ofDays(plan.getTrialDays()));
        client.trialUntil(ends);
        activity.record(client, actorUserId, ActivityType.TRIAL_STARTED, plan.getTrialDays() + "-day trial of "
                + plan.getName() + " started");
        audit.record(AuditEvent.of(AuditType.CLIENT_PROVISIONED).actor(actorUserId).portal(portalId).client(client.getId())
                .detail("Trial of " + plan.getCode() + " until " + ends));
        return new Provisioned(client.getId(), false);
    }

    /** A trial becomes a subscription (from the portal); the NEW sale is the portal's. Once only. */
    public void convertTrial(long portalId, long actorUserId, long clientId, String planCode, int seats,
                             BillingPeriod billing) {
        portalPermissions.requireClient(actorUserId, portalId, clientId);
        convert(actorUserId, clientId, planCode, seats, billing);
    }

    /** The client's own admin subscribes a trial (running or ended); the NEW sale is still its portal's. */
    public void subscribeFromClient(long actorUserId, long clientId, String planCode, int seats, BillingPeriod billing) {
        if (!permissions.isOwnAdmin(actorUserId, clientId)) {
            throw new NotPermitted("Only the account's own admins subscribe it.");
        }
        convert(actorUserId, clientId, planCode, seats, billing);
    }

    private void convert(long actorUserId, long clientId, String planCode, int seats, BillingPeriod billing) {
        ClientAccount client = em.find(ClientAccount.class, clientId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (client.isDemo()) {
            throw new Refused("The demo account has no subscription; it is never billed.");
        }
        if (client.getStatus() != ClientStatus.TRIAL && client.getStatus() != ClientStatus.EXPIRED) {
            throw new Refused(client.getName() + " is not on a trial.");
        }
        if (seats < 1 || seats > 10_000) {
            throw new Refused("Choose between 1 and 10,000 seats.");
        }
        if (billing == null) {
            throw new Refused("Choose monthly or annual billing.");
        }
        Plan plan = plans.forSale(planCode, client.getCurrency() == null ? null : client.getCurrency());
        Subscription subscription = subscribe(client, plan, seats, billing);
        activity.record(client, actorUserId, ActivityType.SUBSCRIPTION_STARTED, "Trial converted: " + plan.getName() + ", "
                + seats + " seats, " + billing.label().toLowerCase());
        audit.record(AuditEvent.of(AuditType.CLIENT_PROVISIONED).actor(actorUserId)
                .portal(client.getPortal() == null ? null : client.getPortal().getId()).client(clientId)
                .detail("Trial converted to " + plan.getCode() + " x" + seats + " " + billing + ", "
                        + subscription.periodPrice()));
    }

    private Subscription subscribe(ClientAccount client, Plan plan, int seats, BillingPeriod billing) {
        Instant now = clock.instant();
        Subscription subscription = new Subscription(client.getId(), plan, seats, billing,
                LocalDate.ofInstant(now, ZoneOffset.UTC), now);
        em.persist(subscription);
        client.subscribe(plan.getCode(), seats);
        em.flush();
        Money amount = subscription.periodPrice();
        sales.record(new Sale("NEW:" + subscription.getId(), SaleType.NEW,
                client.getPortal() == null ? null : client.getPortal().getId(), client.getId(), subscription.getId(),
                amount, now, "New subscription: " + plan.getName() + ", " + seats + " seats, "
                + billing.label().toLowerCase(), null));
        return subscription;
    }

    private ClientAccount newClient(long portalId, long actorUserId, NewAccount form, Plan plan, ClientStatus status,
                                    String creationKey) {
        Optional<PortalMembership> member = em.createQuery("select m from PortalMembership m where m.portal.id = :portal "
                        + "and m.user.id = :user and m.active = true and m.user.active = true", PortalMembership.class)
                .setParameter("portal", portalId).setParameter("user", actorUserId)
                .getResultStream().findFirst();
        if (member.isEmpty()) {
            throw new NotFound("You are not a member of this portal.");
        }
        String email = EmailAddress.normalise(form.adminEmail())
                .orElseThrow(() -> new Refused("Enter a valid e-mail address for the admin."));
        String name = form.companyName().strip();
        // Only the portal's own clients are looked at: nothing is said of what an existing login
        // belongs to elsewhere. Asked to join, the person decides.
        Optional<User> existing = users.findByEmail(email);
        if (existing.isPresent() && portalHasCompanyWithAdmin(portalId, existing.get().getId(), name)) {
            throw new Refused("Your portal already has a client called " + name + " with " + email + " as its admin.");
        }
        ClientAccount client = new ClientAccount(name, plan.getCode(), status, form.seats(),
                em.find(Portal.class, portalId), true, clock.instant());
        client.createdBy(creationKey, form.country(), form.currency());
        em.persist(client);
        em.flush();
        User admin;
        try {
            admin = existing.orElseGet(() -> users.createInvited(email, form.adminFirstName().strip(),
                    form.adminLastName().strip()));
        } catch (AccountRefused refused) {
            throw new Refused(refused.getMessage());
        }
        if (existing.isEmpty()) {
            memberships.joinClient(admin, client, ClientRole.CLIENT_ADMIN);
            welcomes.welcome(admin, name);
        } else {
            memberships.inviteToClient(admin, client, ClientRole.CLIENT_ADMIN, actorUserId);
        }
        if (member.get().getClientScope() == ClientScope.ASSIGNED) {
            Set<ClientAccount> assigned = new HashSet<>(member.get().getAssignedClients());
            assigned.add(client);
            member.get().scopeToAssigned(assigned);
        }
        activity.record(client, actorUserId, ActivityType.ACCOUNT_CREATED, "Account created with " + email + " as admin");
        return client;
    }

    private boolean portalHasCompanyWithAdmin(long portalId, long userId, String name) {
        return em.createQuery("select count(m) from ClientMembership m where m.user.id = :user and m.role = :admin "
                        + "and m.client.nameKey = :name and m.client.portal.id = :portal", Long.class)
                .setParameter("user", userId).setParameter("admin", ClientRole.CLIENT_ADMIN)
                .setParameter("name", name.toLowerCase(java.util.Locale.ROOT)).setParameter("portal", portalId)
                .getSingleResult() > 0;
    }

    private static String requireKey(String creationKey) {
        if (creationKey == null || creationKey.isBlank() || creationKey.length() > 64) {
            throw new Refused("This form has expired; open it again.");
        }
        return creationKey;
    }
}
