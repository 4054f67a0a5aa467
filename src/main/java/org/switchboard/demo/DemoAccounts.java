package org.switchboard.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.access.entity.AccessMode;
import org.switchboard.access.entity.AccessSession;
import org.switchboard.account.boundary.Memberships;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalMembership;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.api.entity.ApiScope;
import org.switchboard.api.entity.ApiToken;
import org.switchboard.client.entity.ActivityEvent;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.identity.boundary.UserAccounts;
import org.switchboard.identity.control.Tokens;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.tenancy.EndReason;
import org.switchboard.portal.boundary.DemoClients;
import org.switchboard.portal.boundary.DemoWorkspaces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** The demo portals of each kind, their clients and the logins listed in the README. */
@Stateless
public class DemoAccounts {

    /** The password of every demo login (never used outside demo data). */
    public static final String PASSWORD = "switchboard-demo";
    /**
     * Sam's API token in the demo data, printed in the README like the demo logins: a secret anyone
     * can read, so it exists only where the demo data does.
     */
    public static final String API_TOKEN = "swb_northwind-demo-token-of-the-readme-00000001";

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts users;

    @Inject
    Memberships memberships;

    @Inject
    Clock clock;

    @Inject
    DemoWorkspaces workspaces;

    @Inject
    DemoClients demoClients;

    public boolean databaseIsEmpty() {
        return em.createQuery("select count(u) from User u", Long.class).getSingleResult() == 0;
    }

    public void create() {
        Portal northwind = portal("Northwind Payroll Bureau", PortalKind.SERVICE_PROVIDER, true, 400);
        ClientAccount harbour = client("Harbour Café", "growth", ClientStatus.ACTIVE, 12, northwind, 380);
        ClientAccount kestrel = client("Kestrel Logistics", "pro", ClientStatus.ACTIVE, 40, northwind, 300);
        ClientAccount maple = client("Maple Dental", "growth", ClientStatus.TRIAL, 5, northwind, 9);
        client("Orchard Florists", "starter", ClientStatus.PAST_DUE, 3, northwind, 200);
        client("Summit Builders", "pro", ClientStatus.ACTIVE, 25, northwind, 150);
        client("Riverbend Vets", "starter", ClientStatus.CANCELLED, 4, northwind, 350);
        moreClientsOf(northwind);

        Portal brightpath = portal("Brightpath Partners", PortalKind.CHANNEL_PARTNER, true, 500);
        ClientAccount lumen = client("Lumen Studios", "pro", ClientStatus.ACTIVE, 18, brightpath, 420);
        ClientAccount granite = client("Granite Legal", "growth", ClientStatus.TRIAL, 8, brightpath, 4);
        client("Cobalt Robotics", "pro", ClientStatus.ACTIVE, 60, brightpath, 240);
        client("Juniper Health", "starter", ClientStatus.EXPIRED, 6, brightpath, 60);

        Portal acme = portal("Acme Group", PortalKind.COMPANY_GROUP, true, 700);
        ClientAccount hotels = client("Acme Hotels", "pro", ClientStatus.ACTIVE, 80, acme, 690);
        ClientAccount restaurants = client("Acme Restaurants", "pro", ClientStatus.ACTIVE, 45, acme, 650);
        // The brands of a company group share candidates: Restaurants opted in, Hotels and Spa not (yet).
        acme.shareCandidates(true);
        restaurants.shareCandidates(true);
        client("Acme Spa", "growth", ClientStatus.TRIAL, 10, acme, 12);

        portal("Sunrise HR Consulting", PortalKind.SERVICE_PROVIDER, false, 2);

        User sam = person("sam.north@northwind.example", "Sam", "North", false);
        memberships.joinPortal(sam, northwind, PortalRole.PORTAL_ADMIN);
        memberships.joinClient(sam, harbour, ClientRole.RECRUITER);
        em.persist(new ApiToken(northwind.getId(), sam.getId(), "README examples", Tokens.hash(API_TOKEN),
                API_TOKEN.substring(0, 10), EnumSet.allOf(ApiScope.class), ago(1), clock.instant().plus(Duration.ofDays(365))));

        User pat = person("pat.lee@northwind.example", "Pat", "Lee", false);
        PortalMembership patInNorthwind = memberships.joinPortal(pat, northwind, PortalRole.PARTNER_USER);
        patInNorthwind.scopeToAssigned(Set.of(em.merge(harbour), em.merge(maple)));
        patInNorthwind.restrict(true);

        User newcomer = person("nia.new@northwind.example", "Nia", "Newman", true);
        memberships.joinPortal(newcomer, northwind, PortalRole.PARTNER_USER);

        User cara = person("cara.bright@brightpath.example", "Cara", "Bright", false);
        memberships.joinPortal(cara, brightpath, PortalRole.PORTAL_ADMIN);

        User gina = person("gina.acme@acme-group.example", "Gina", "Acme", false);
        memberships.joinPortal(gina, acme, PortalRole.PORTAL_ADMIN);
        memberships.joinClient(gina, hotels, ClientRole.CLIENT_ADMIN);

        users.makeOperator(person("olivia.ops@switchboard.example", "Olivia", "Ops", false));

        memberships.joinClient(person("alex.harbour@harbourcafe.example", "Alex", "Harbour", false), harbour, ClientRole.CLIENT_ADMIN);
        memberships.joinClient(person("kim.kestrel@kestrel.example", "Kim", "Kestrel", false), kestrel, ClientRole.CLIENT_ADMIN);
        memberships.joinClient(person("lou.lumen@lumenstudios.example", "Lou", "Lumen", false), lumen, ClientRole.CLIENT_ADMIN);

        // Kestrel linked itself to the bureau and has not yet let it sign in; Granite Legal gave
        // Brightpath its consent in writing, for an operator to record; Maple Dental lets partners
        // in with recruiter rights at most.
        kestrel.allowPartnerLogin(false);
        granite.allowPartnerLogin(false);
        maple.capPartnerRole(ClientRole.RECRUITER);

        workspaces.fill(em.createQuery("select c from ClientAccount c where c.demo = false order by c.id", ClientAccount.class)
                .getResultList());
        pastVisits(northwind, sam, harbour, em.createQuery("select u from User u where u.email = :email", User.class)
                .setParameter("email", "alex.harbour@harbourcafe.example").getSingleResult());
    }

    /** Two earlier partner visits, so that both access histories have something to show. */
    private void pastVisits(Portal portal, User sam, ClientAccount harbour, User alex) {
        Instant asSelf = ago(6).plus(Duration.ofHours(2));
        AccessSession visit = new AccessSession(sam.getId(), portal.getId(), harbour.getId(), AccessMode.AS_SELF,
                sam.getId(), null, false, asSelf, asSelf.plus(Duration.ofHours(4)), "192.0.2.10");
        em.persist(visit);
        em.flush();
        em.persist(new ActivityEvent(asSelf.plus(Duration.ofMinutes(6)), harbour.getId(), portal.getId(), sam.getId(),
                ActivityType.JOB_UPDATED, "Updated the job Barista").duringVisit(sam.getId(), sam.getId(), visit.getId()));
        visit.end(EndReason.BACK_TO_PORTAL, asSelf.plus(Duration.ofMinutes(18)));

        Instant asUser = ago(2).plus(Duration.ofHours(3));
        AccessSession troubleshooting = new AccessSession(sam.getId(), portal.getId(), harbour.getId(), AccessMode.AS_USER,
                alex.getId(), "Support ticket 1042: Alex cannot see the Interview stage", false, asUser,
                asUser.plus(Duration.ofHours(4)), "192.0.2.10");
        em.persist(troubleshooting);
        troubleshooting.end(EndReason.IDLE, asUser.plus(Duration.ofMinutes(41)));
    }

    /** Enough further clients that the bureau's Accounts page has pages to turn. */
    private void moreClientsOf(Portal portal) {
        String[] first = {"Aurora", "Beacon", "Cedar", "Delta", "Ember", "Fern", "Granite", "Harbor", "Ivy", "Juniper",
                "Kite", "Lantern", "Meadow", "Nimbus", "Oak", "Pioneer", "Quarry"};
        String[] second = {"Bakery", "Clinic", "Joinery"};
        ClientStatus[] statuses = {ClientStatus.ACTIVE, ClientStatus.ACTIVE, ClientStatus.ACTIVE, ClientStatus.TRIAL,
                ClientStatus.PAST_DUE, ClientStatus.CANCELLED};
        String[] plans = {"starter", "growth", "pro"};
        int n = 0;
        for (String a : first) {
            for (String b : second) {
                if (n == 34) {
                    return;
                }
                ClientStatus status = statuses[(n + n / 3) % statuses.length];
                int daysAgo = status == ClientStatus.TRIAL ? 1 + n % 12 : 20 + n * 9;
                client(a + " " + b, plans[n % 3], status, 2 + (n * 7) % 40, portal, daysAgo);
                n++;
            }
        }
    }

    private Portal portal(String name, PortalKind kind, boolean verified, int daysAgo) {
        Portal portal = new Portal(name, kind, ago(daysAgo));
        if (verified) {
            portal.verify();
        }
        em.persist(portal);
        demoClients.createFor(portal);
        return portal;
    }

    private ClientAccount client(String name, String plan, ClientStatus status, int seats, Portal portal, int daysAgo) {
        ClientAccount client = new ClientAccount(name, plan, status, seats, portal, true, ago(daysAgo));
        if (status == ClientStatus.TRIAL) {
            client.trialUntil(ago(daysAgo).plus(Duration.ofDays(14)));
        }
        em.persist(client);
        return client;
    }

    private User person(String email, String first, String last, boolean mustChangePassword) {
        return users.create(email, first, last, PASSWORD, mustChangePassword);
    }

    private Instant ago(int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }
}
