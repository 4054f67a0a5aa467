package org.switchboard.account.boundary;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.control.AccountSearch;
import org.switchboard.account.control.AccountSort;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.client.boundary.ActivityLog;
import org.switchboard.client.boundary.JobService;
import org.switchboard.client.boundary.JobService.JobDetails;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.persistence.StatementCounter;
import org.switchboard.portal.boundary.ActivityRow;
import org.switchboard.portal.boundary.OpenJobRow;
import org.switchboard.portal.boundary.PortalOverview;
import org.switchboard.testsupport.TestData;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Accounts page's data and the Welcome snapshot: scope, paging, search and their cost, on the real database. */
@ExtendWith(ArquillianExtension.class)
class PortalClientsIT {

    @Inject
    PortalClients clients;

    @Inject
    PortalOverview overview;

    @Inject
    JobService jobs;

    @Inject
    ActivityLog activity;

    @Inject
    TestData data;

    private static final AccountSearch ALL = AccountSearch.everything();

    private static List<Long> ids(List<AccountRow> rows) {
        return rows.stream().map(AccountRow::id).toList();
    }

    @Test
    void partnerUserWithAssignedScopeNeverSeesOtherClients() {
        Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        ClientAccount assigned = data.client(portal, ClientStatus.ACTIVE);
        ClientAccount unassigned = data.client(portal, ClientStatus.ACTIVE);
        ClientAccount otherTenant = data.client(data.portal(PortalKind.SERVICE_PROVIDER), ClientStatus.ACTIVE);
        User partner = data.person();
        data.memberOfAssigned(partner, portal, assigned);
        User recruiter = data.person();
        for (ClientAccount client : List.of(assigned, unassigned)) {
            data.member(recruiter, client, ClientRole.RECRUITER);
            jobs.create(client.getId(), recruiter.getId(), new JobDetails("Job at " + client.getName(), null, null));
        }
        data.trial(portal, Instant.now().plus(Duration.ofDays(3)));

        assertEquals(List.of(assigned.getId()), ids(clients.page(portal.getId(), partner.getId(), ALL, 0, 50)));
        assertEquals(1, clients.count(portal.getId(), partner.getId(), ALL));
        AccountSearch byOtherName = AccountSearch.fromUrl(unassigned.getName(), null, null, null, null);
        assertTrue(clients.page(portal.getId(), partner.getId(), byOtherName, 0, 50).isEmpty());
        assertEquals(0, clients.count(portal.getId(), partner.getId(), byOtherName));
        assertTrue(clients.find(portal.getId(), partner.getId(), unassigned.getId()).isEmpty());
        assertTrue(clients.find(portal.getId(), partner.getId(), otherTenant.getId()).isEmpty());
        assertTrue(clients.find(otherTenant.getPortal().getId(), partner.getId(), otherTenant.getId()).isEmpty());
        assertTrue(clients.find(portal.getId(), partner.getId(), assigned.getId()).isPresent());

        assertEquals(1, overview.snapshot(portal.getId(), partner.getId()).orElseThrow().totalClients());
        assertEquals(Set.of(assigned.getId()), overview.openJobs(portal.getId(), partner.getId(), 0, 50).stream()
                .map(OpenJobRow::clientId).collect(Collectors.toSet()));
        assertEquals(1, overview.openJobCount(portal.getId(), partner.getId()));
        assertEquals(Set.of(assigned.getId()), overview.activity(portal.getId(), partner.getId(), 0, 50).stream()
                .map(ActivityRow::clientId).collect(Collectors.toSet()));
        assertTrue(overview.trialsEndingSoon(portal.getId(), partner.getId(), 10).isEmpty(), "the trial is not assigned");
    }

    @Test
    void anOutsiderGetsNothingAtAll() {
        Portal portal = data.portal(PortalKind.CHANNEL_PARTNER);
        ClientAccount client = data.client(portal, ClientStatus.ACTIVE);
        User outsider = data.person();
        data.member(outsider, data.portal(PortalKind.CHANNEL_PARTNER), PortalRole.PORTAL_ADMIN);

        assertTrue(clients.page(portal.getId(), outsider.getId(), ALL, 0, 50).isEmpty());
        assertEquals(0, clients.count(portal.getId(), outsider.getId(), ALL));
        assertTrue(clients.find(portal.getId(), outsider.getId(), client.getId()).isEmpty());
        assertTrue(overview.snapshot(portal.getId(), outsider.getId()).isEmpty());
        assertTrue(overview.openJobs(portal.getId(), outsider.getId(), 0, 10).isEmpty());
        assertTrue(overview.activity(portal.getId(), outsider.getId(), 0, 10).isEmpty());
    }

    @Test
    void everyClientAppearsExactlyOnceAcrossPagesUnderEachSort() {
        Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        User admin = data.person();
        data.member(admin, portal, PortalRole.PORTAL_ADMIN);
        String[] plans = {"starter", "growth", "pro"};
        Instant base = Instant.parse("2026-10-01T10:00:00Z");
        Set<Long> expected = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            // Many ties on every figure, and names that differ only in letter case.
            String name = (i % 2 == 0 ? "client " : "Client ") + (char) ('a' + i % 7);
            ClientAccount client = data.client(portal, name, ClientStatus.values()[i % 5], plans[i % 3], i % 4);
            data.figures(client, i % 2, i % 3, i % 4, base.plus(Duration.ofHours(i % 5)));
            expected.add(client.getId());
        }
        for (AccountSort sort : AccountSort.values()) {
            for (boolean ascending : new boolean[]{true, false}) {
                AccountSearch search = new AccountSearch(null, null, null, sort, ascending);
                List<AccountRow> seen = new ArrayList<>();
                for (int first = 0; first < 30; first += 5) {
                    seen.addAll(clients.page(portal.getId(), admin.getId(), search, first, 5));
                }
                String what = sort + (ascending ? " asc" : " desc");
                assertEquals(23, seen.size(), what);
                assertEquals(expected, new HashSet<>(ids(seen)), what);
                Comparator<AccountRow> order = Comparator.comparing(KEYS.get(sort));
                for (int i = 1; i < seen.size(); i++) {
                    int comparison = order.compare(seen.get(i - 1), seen.get(i));
                    assertTrue(ascending ? comparison <= 0 : comparison >= 0, what + " at row " + i);
                }
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final Map<AccountSort, Function<AccountRow, Comparable>> KEYS = new EnumMap<>(Map.of(
            AccountSort.NAME, row -> row.name().toLowerCase(),
            AccountSort.PLAN, AccountRow::planCode,
            AccountSort.STATUS, row -> row.status().name(),
            AccountSort.SEATS, AccountRow::seats,
            AccountSort.USERS, AccountRow::users,
            AccountSort.OPEN_JOBS, AccountRow::openJobs,
            AccountSort.CANDIDATES, AccountRow::recentCandidates,
            AccountSort.LAST_ACTIVITY, AccountRow::lastActivityAt,
            AccountSort.CREATED, AccountRow::createdAt));

    @Test
    void aPageCostsTheSameStatementsWhateverItsSizeOrderScopeOrTheNumberOfClients() {
        Portal small = data.portal(PortalKind.SERVICE_PROVIDER);
        Portal large = data.portal(PortalKind.SERVICE_PROVIDER);
        User admin = data.person();
        data.member(admin, small, PortalRole.PORTAL_ADMIN);
        data.member(admin, large, PortalRole.PORTAL_ADMIN);
        data.member(data.person(), data.client(small, ClientStatus.ACTIVE), ClientRole.CLIENT_ADMIN);
        List<ClientAccount> made = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ClientAccount client = data.client(large, ClientStatus.values()[i % 3]);
            data.member(data.person(), client, ClientRole.CLIENT_ADMIN);
            made.add(client);
        }
        User partner = data.person();
        data.memberOfAssigned(partner, large, made.subList(0, 12).toArray(ClientAccount[]::new));
        AccountSearch byActivity = new AccountSearch(null, null, null, AccountSort.LAST_ACTIVITY, false);
        AccountSearch filtered = AccountSearch.fromUrl(null, "active", "growth", "open-jobs", "desc");
        AccountSearch searched = AccountSearch.fromUrl("person", null, null, "users", "asc");

        int browse = costOf(() -> requestOf(small, admin, ALL, 5));
        for (int cost : List.of(costOf(() -> requestOf(large, admin, ALL, 5)), costOf(() -> requestOf(large, admin, ALL, 40)),
                costOf(() -> requestOf(large, admin, byActivity, 25)), costOf(() -> requestOf(large, admin, filtered, 25)),
                costOf(() -> requestOf(large, partner, ALL, 25)), costOf(() -> requestOf(large, partner, byActivity, 10)))) {
            assertEquals(browse, cost, "statements per page request");
        }
        // A search also looks up the clients whose admin's e-mail matches: one statement more, however many match.
        int search = costOf(() -> requestOf(small, admin, searched, 5));
        assertEquals(browse + 1, search);
        assertEquals(search, costOf(() -> requestOf(large, admin, searched, 40)));
        assertEquals(search, costOf(() -> requestOf(large, partner, searched, 25)));
        assertTrue(browse <= 4, "scope, count, page ids, page rows: " + browse);
    }

    /** What the lazy table does for one request: check the scope once, then the total and the page. */
    private int requestOf(Portal portal, User user, AccountSearch search, int size) {
        PortalClients.Criteria criteria = clients.resolve(portal.getId(), user.getId(), search).orElseThrow();
        clients.count(criteria);
        return clients.page(criteria, 0, size).size();
    }

    private static int costOf(Runnable request) {
        StatementCounter.reset();
        request.run();
        return StatementCounter.count();
    }

    @Test
    void searchFindsNamesAndAdminEmailsAndTakesWildcardsLiterally() {
        Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        User admin = data.person();
        data.member(admin, portal, PortalRole.PORTAL_ADMIN);
        ClientAccount percent = data.client(portal, "100% Fit_Co", ClientStatus.ACTIVE, "pro", 3);
        ClientAccount hundred = data.client(portal, "Hundred Fitness", ClientStatus.ACTIVE, "pro", 3);
        ClientAccount quote = data.client(portal, "O'Brien & Sons", ClientStatus.TRIAL, "starter", 3);
        User hundredAdmin = data.person();
        data.member(hundredAdmin, hundred, ClientRole.CLIENT_ADMIN);

        assertEquals(Set.of(percent.getId(), hundred.getId()), found(portal, admin, "FIT"));
        assertEquals(Set.of(percent.getId()), found(portal, admin, "%"));
        assertEquals(Set.of(percent.getId()), found(portal, admin, "_"));
        assertEquals(Set.of(quote.getId()), found(portal, admin, "o'brien"));
        assertEquals(Set.of(hundred.getId()), found(portal, admin, hundredAdmin.getEmail().substring(0, 12).toUpperCase()));
        assertEquals(Set.of(), found(portal, admin, "x".repeat(10_000)));
        assertEquals(Set.of(), found(portal, admin, "\\"));
    }

    private Set<Long> found(Portal portal, User user, String text) {
        AccountSearch search = AccountSearch.fromUrl(text, null, null, null, null);
        Set<Long> page = new HashSet<>(ids(clients.page(portal.getId(), user.getId(), search, 0, 50)));
        assertEquals(page.size(), clients.count(portal.getId(), user.getId(), search), "count agrees with the rows");
        return page;
    }

    @Test
    void filtersByStatusAndPlan() {
        Portal portal = data.portal(PortalKind.COMPANY_GROUP);
        User admin = data.person();
        data.member(admin, portal, PortalRole.PORTAL_ADMIN);
        ClientAccount trialGrowth = data.client(portal, "Brand one", ClientStatus.TRIAL, "growth", 1);
        data.client(portal, "Brand two", ClientStatus.TRIAL, "pro", 1);
        data.client(portal, "Brand three", ClientStatus.ACTIVE, "growth", 1);

        AccountSearch search = AccountSearch.fromUrl(null, "trial", "growth", null, null);
        assertEquals(List.of(trialGrowth.getId()), ids(clients.page(portal.getId(), admin.getId(), search, 0, 25)));
        assertEquals(List.of("growth", "pro"), clients.plansOf(portal.getId()));
    }

    @Test
    void trialsEndingWithinFourteenDaysAreListedSoonestFirst() {
        Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        User admin = data.person();
        data.member(admin, portal, PortalRole.PORTAL_ADMIN);
        Instant now = Instant.now();
        ClientAccount tenDays = data.trial(portal, now.plus(Duration.ofDays(10)));
        ClientAccount threeDays = data.trial(portal, now.plus(Duration.ofDays(3)));
        data.trial(portal, now.plus(Duration.ofDays(20)));
        data.trial(portal, now.minus(Duration.ofDays(1)));

        assertEquals(List.of(threeDays.getId(), tenDays.getId()),
                ids(overview.trialsEndingSoon(portal.getId(), admin.getId(), 10)));
    }

    @Test
    void thePortalActivityFeedNamesTheClientItHappenedIn() {
        Portal portal = data.portal(PortalKind.SERVICE_PROVIDER);
        User admin = data.person();
        data.member(admin, portal, PortalRole.PORTAL_ADMIN);
        ClientAccount stays = data.client(portal, ClientStatus.ACTIVE);
        activity.record(stays, null, ActivityType.SETTINGS_CHANGED, "Something changed");

        List<ActivityRow> feed = overview.activity(portal.getId(), admin.getId(), 0, 10);
        assertEquals(1, feed.size());
        assertEquals(stays.getName(), feed.get(0).clientName());
        assertEquals(1, overview.activityCount(portal.getId(), admin.getId()));
    }
}
