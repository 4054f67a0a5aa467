package org.switchboard.testsupport;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.boundary.Memberships;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientMembership;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalMembership;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.identity.boundary.UserAccounts;
import org.switchboard.identity.entity.User;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds the people and accounts a test needs, each with unique names so that tests never see one
 * another's data, even on a shared PostgreSQL database.
 */
@Stateless
public class TestData {

    public static final String PASSWORD = "correct horse battery";

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts users;

    @Inject
    Memberships memberships;

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Portal portal(PortalKind kind) {
        Portal portal = new Portal(unique("Portal"), kind, Instant.now());
        portal.verify();
        em.persist(portal);
        return portal;
    }

    public ClientAccount client(Portal portal, ClientStatus status) {
        ClientAccount client = new ClientAccount(unique("Client"), "growth", status, 5,
                portal == null ? null : em.merge(portal), true, Instant.now());
        em.persist(client);
        return client;
    }

    /** A new person whose e-mail is unique to this test; the password is {@link #PASSWORD}. */
    public User person() {
        return users.create(unique("person") + "@test.example", "Test", "Person", PASSWORD, false);
    }

    /** A new person with the given name and an e-mail unique to this test; the password is {@link #PASSWORD}. */
    public User person(String firstName, String lastName, boolean mustChangePassword) {
        return users.create(unique(firstName.toLowerCase(java.util.Locale.ROOT)) + "@test.example", firstName, lastName,
                PASSWORD, mustChangePassword);
    }

    public User personWhoMustChangePassword() {
        return users.create(unique("newcomer") + "@test.example", "New", "Comer", PASSWORD, true);
    }

    public PortalMembership member(User user, Portal portal, PortalRole role) {
        return memberships.joinPortal(user, portal, role);
    }

    public PortalMembership memberOfAssigned(User user, Portal portal, ClientAccount... assigned) {
        PortalMembership membership = memberships.joinPortal(user, portal, PortalRole.PARTNER_USER);
        Set<ClientAccount> clients = Arrays.stream(assigned).map(em::merge).collect(Collectors.toSet());
        membership.scopeToAssigned(clients);
        return membership;
    }

    public ClientMembership member(User user, ClientAccount client, ClientRole role) {
        return memberships.joinClient(user, client, role);
    }

    public void operator(User user) {
        users.makeOperator(user);
    }

    public void deactivate(User user) {
        em.find(User.class, user.getId()).deactivate();
    }

    /** The portal user may no longer open clients' Settings. */
    public void restrict(PortalMembership membership) {
        em.find(PortalMembership.class, membership.getId()).restrict(true);
    }

    public void deactivate(PortalMembership membership) {
        em.find(PortalMembership.class, membership.getId()).deactivate();
    }

    public void reject(Portal portal) {
        em.find(Portal.class, portal.getId()).reject();
    }

    public void setPasswordHash(User user, String hash) {
        User managed = em.find(User.class, user.getId());
        managed.rehash(hash);
    }

    /** Sets the figures the Accounts page sorts by, as the workspace would have kept them. */
    public void figures(ClientAccount client, int users, int openJobs, int recentCandidates, Instant lastActivity) {
        em.createNativeQuery("UPDATE client_account SET users_count = ?1, open_jobs_count = ?2, "
                        + "recent_candidates_count = ?3, last_activity_at = ?4 WHERE id = ?5")
                .setParameter(1, users)
                .setParameter(2, openJobs)
                .setParameter(3, recentCandidates)
                .setParameter(4, lastActivity.atOffset(java.time.ZoneOffset.UTC))
                .setParameter(5, client.getId())
                .executeUpdate();
    }

    public ClientAccount client(Portal portal, String name, ClientStatus status, String plan, int seats) {
        ClientAccount client = new ClientAccount(name, plan, status, seats, portal == null ? null : em.merge(portal), true,
                Instant.now());
        em.persist(client);
        return client;
    }

    public ClientAccount trial(Portal portal, Instant endsAt) {
        ClientAccount client = new ClientAccount(unique("Trial"), "growth", ClientStatus.TRIAL, 3, em.merge(portal), true,
                Instant.now());
        client.trialUntil(endsAt);
        em.persist(client);
        return client;
    }

    /** A portal, verified unless {@code pending}, named {@code name} plus a unique suffix. */
    public Portal portal(String name, PortalKind kind, boolean pending) {
        Portal portal = new Portal(unique(name), kind, Instant.now());
        if (!pending) {
            portal.verify();
        }
        em.persist(portal);
        return portal;
    }

    public User userByEmail(String email) {
        return users.findByEmail(email).orElseThrow(() -> new IllegalArgumentException("No login " + email));
    }

    public ClientAccount reload(ClientAccount client) {
        return em.find(ClientAccount.class, client.getId());
    }

    public User reload(User user) {
        return em.find(User.class, user.getId());
    }

    /** Switches candidate sharing for the portal's clients, as the operator would. */
    public Portal shareCandidates(Portal portal, boolean on) {
        Portal managed = em.find(Portal.class, portal.getId());
        managed.shareCandidates(on);
        return managed;
    }

    /** The client moves to another portal, as a confirmed partner move would leave it. */
    public void moveClient(long clientId, Portal to) {
        em.find(ClientAccount.class, clientId).manageBy(em.find(Portal.class, to.getId()));
    }

    public void allowPartnerLogin(ClientAccount client, boolean allowed) {
        em.find(ClientAccount.class, client.getId()).allowPartnerLogin(allowed);
    }

    public void capPartnerRole(ClientAccount client, ClientRole cap) {
        em.find(ClientAccount.class, client.getId()).capPartnerRole(cap);
    }

    public void deactivate(ClientMembership membership) {
        em.find(ClientMembership.class, membership.getId()).deactivate();
    }

    /** Changes a plan's prices, as an operator would in the catalogue. */
    public void setPlanPrices(String code, String monthly, String annual) {
        em.createNativeQuery("UPDATE plan SET monthly_seat_price = ?1, annual_seat_price = ?2 WHERE code = ?3")
                .setParameter(1, new java.math.BigDecimal(monthly))
                .setParameter(2, new java.math.BigDecimal(annual))
                .setParameter(3, code)
                .executeUpdate();
    }

    /** Locks the login as five wrong passwords in a row would. */
    public void lock(User user) {
        em.createNativeQuery("UPDATE app_user SET locked_until = ?1 WHERE id = ?2")
                .setParameter(1, Instant.now().plus(java.time.Duration.ofDays(1)).atOffset(java.time.ZoneOffset.UTC))
                .setParameter(2, user.getId())
                .executeUpdate();
    }

    public <T> java.util.List<T> all(Class<T> type, String where, Object... parameters) {
        var query = em.createQuery("select e from " + type.getSimpleName() + " e where " + where, type);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    /** A commission plan version of a channel portal, effective from a date (the operator's form refuses past dates). */
    public org.switchboard.earnings.entity.CommissionPlan commissionPlan(Portal portal, java.time.LocalDate from,
                                                                         org.switchboard.earnings.control.CommissionTerms terms) {
        User operator = person();
        em.flush();
        var plan = new org.switchboard.earnings.entity.CommissionPlan(portal.getId(), from, terms, operator.getId(), Instant.now());
        em.persist(plan);
        return plan;
    }

    /** An exchange rate from a date, as an operator enters it. */
    public void exchangeRate(String from, String to, java.time.LocalDate validFrom, String rate) {
        User operator = person();
        em.flush();
        em.persist(new org.switchboard.earnings.entity.ExchangeRate(from, to, validFrom, new java.math.BigDecimal(rate),
                operator.getId(), Instant.now()));
    }

    /** A monthly subscription of the client (so that a sale can refer to it and the client counts as paying). */
    public org.switchboard.billing.entity.Subscription subscription(ClientAccount client, String planCode, int seats) {
        var plan = em.createQuery("select p from Plan p where p.code = :code", org.switchboard.billing.entity.Plan.class)
                .setParameter("code", planCode).getSingleResult();
        var subscription = new org.switchboard.billing.entity.Subscription(client.getId(), plan, seats,
                org.switchboard.billing.control.BillingPeriod.MONTHLY, java.time.LocalDate.now(), Instant.now());
        em.persist(subscription);
        return subscription;
    }

    /** A referral submitted by a new member of the portal. */
    public org.switchboard.referral.entity.Referral referral(Portal portal) {
        User submitter = person();
        em.flush();
        var referral = new org.switchboard.referral.entity.Referral(portal.getId(), unique("Lead"), "Lee Lead",
                unique("lead") + "@test.example", null, submitter.getId(), Instant.now());
        em.persist(referral);
        return referral;
    }

    /** Moves a support case as an operator would on the support desk. */
    public void supportCaseStatus(long caseId, org.switchboard.support.entity.CaseStatus status) {
        em.find(org.switchboard.support.entity.SupportCase.class, caseId).moveTo(status, Instant.now());
    }

    /** An operator's record of a client's written consent to partner login. */
    public void consent(ClientAccount client, String givenBy) {
        User operator = person();
        em.flush();
        em.persist(new org.switchboard.access.entity.PartnerLoginConsent(client.getId(), givenBy,
                java.time.LocalDate.now(), null, operator.getId(), Instant.now()));
    }

    /**
     * Changes one field of a stored record as a careless or hostile caller of JPA would: on a
     * detached copy, merged back and flushed (a field set on the managed record by reflection
     * would escape EclipseLink's change tracking, and with it the listeners under test).
     */
    public void rewrite(Class<?> type, long id, String field, Object value) throws ReflectiveOperationException {
        Object record = em.find(type, id);
        em.detach(record);
        java.lang.reflect.Field declared = type.getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(record, value);
        em.merge(record);
        em.flush();
    }

    public void remove(Class<?> type, long id) {
        em.remove(em.find(type, id));
        em.flush();
    }

    /** As many changes as a script would make during a visit, "Change 0001" onwards, a second apart. */
    public void changesDuringVisit(ClientAccount client, long accessSessionId, User partner, int count) {
        Instant start = Instant.now();
        for (int i = 1; i <= count; i++) {
            em.persist(new org.switchboard.client.entity.ActivityEvent(start.plusSeconds(i), client.getId(),
                    client.getPortal() == null ? null : client.getPortal().getId(), partner.getId(),
                    org.switchboard.client.entity.ActivityType.SETTINGS_CHANGED, String.format("Change %04d", i))
                    .duringVisit(partner.getId(), partner.getId(), accessSessionId));
        }
    }

    /**
     * Forgets the failed sign-ins counted against the loopback address, from which every test signs
     * in: the suite's wrong passwords, added up over many classes, would otherwise hold all of them back.
     */
    public void forgetLoopbackSignInFailures() {
        em.createNativeQuery("DELETE FROM login_throttle WHERE throttle_key IN ('address 127.0.0.1', "
                + "'address 0:0:0:0:0:0:0:1', 'address ::1')").executeUpdate();
    }

    /**
     * Changes what the Setup dialog cannot: a token's requests a minute, its stored scopes (codes,
     * space-separated; null keeps them) and, when {@code expired}, an expiry already past.
     */
    public void tuneToken(long tokenId, Integer requestsPerMinute, String scopes, boolean expired) {
        if (requestsPerMinute != null) {
            em.createQuery("update ApiToken t set t.requestsPerMinute = :n where t.id = :id")
                    .setParameter("n", requestsPerMinute).setParameter("id", tokenId).executeUpdate();
        }
        if (scopes != null) {
            em.createQuery("update ApiToken t set t.scopes = :s where t.id = :id")
                    .setParameter("s", scopes).setParameter("id", tokenId).executeUpdate();
        }
        if (expired) {
            em.createQuery("update ApiToken t set t.expiresAt = :past where t.id = :id")
                    .setParameter("past", Instant.now().minusSeconds(60)).setParameter("id", tokenId).executeUpdate();
        }
    }

    /** The person's role in the portal changes, as Setup's Edit would change it. */
    /** The person's membership of the portal becomes a partner user's who sees only the assigned clients. */
    public void assignOnly(User user, long portalId, ClientAccount... assigned) {
        PortalMembership membership = em.createQuery("select m from PortalMembership m where m.user.id = :user "
                        + "and m.portal.id = :portal", PortalMembership.class)
                .setParameter("user", user.getId()).setParameter("portal", portalId).getSingleResult();
        membership.changeRole(PortalRole.PARTNER_USER);
        membership.scopeToAssigned(Arrays.stream(assigned).map(em::merge).collect(Collectors.toSet()));
    }

    public void setPortalRole(User user, long portalId, PortalRole role) {
        em.createQuery("update PortalMembership m set m.role = :role where m.user.id = :user and m.portal.id = :portal")
                .setParameter("role", role).setParameter("user", user.getId()).setParameter("portal", portalId)
                .executeUpdate();
    }

    /** A webhook delivery due now, written as the outbox writes one but announced to no sender. */
    public long pendingDelivery(long endpointId, long portalId) {
        var delivery = new org.switchboard.webhook.entity.WebhookDelivery(endpointId, portalId, unique("msg"),
                org.switchboard.webhook.entity.WebhookEventType.CLIENT_CREATED, "{\"type\":\"client.created\"}", null,
                Instant.now());
        em.persist(delivery);
        em.flush();
        return delivery.getId();
    }
}
