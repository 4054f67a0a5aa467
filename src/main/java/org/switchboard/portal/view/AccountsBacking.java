package org.switchboard.portal.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.event.data.PageEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.switchboard.account.boundary.AccountRow;
import org.switchboard.account.boundary.PortalClients;
import org.switchboard.account.control.AccountSearch;
import org.switchboard.account.control.AccountSort;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.portal.boundary.DemoClients;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * portal/accounts.xhtml: every client account in the person's scope, paged, searched, filtered and
 * sorted in the database. The URL carries the search, filters, order and page, so a view can be
 * bookmarked and the browser's Back button steps back through them.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int PAGE_SIZE = 25;
    static final long COUNT_REUSE_MILLIS = 30_000;

    @Inject
    PortalClients clients;

    @Inject
    Tenant tenant;

    @Inject
    DemoClients demoClients;

    // URL parameters, untrusted: AccountSearch.fromUrl bounds and validates them.
    private String q;
    private String status;
    private String plan;
    private String sort;
    private String order;
    private Integer page;

    private AccountSearch search = AccountSearch.everything();
    private int first;
    private long portalId;
    private long userId;
    private LazyDataModel<AccountRow> model;
    private List<String> plans;
    private DemoClients.DemoAccount demo;

    /** Reads the URL once the view parameters are set. */
    public void load() {
        portalId = tenant.requirePortalId();
        userId = tenant.requireUserId();
        plans = clients.plansOf(portalId);
        // A plan the portal's clients are not on is a stale or tampered link: ignore it.
        search = AccountSearch.fromUrl(q, status, plans.contains(plan) ? plan : null, sort, order);
        q = search.text();
        status = search.status() == null ? null : search.status().name();
        plan = search.plan();
        first = page == null || page < 1 || page > 100_000 ? 0 : (page - 1) * PAGE_SIZE;
        model = new Rows(portalId, userId);
        demo = demoClients.of(portalId, userId).orElse(null);
    }

    /** The portal's demo account, shown apart from the table so that it never counts or pages. */
    public DemoClients.DemoAccount getDemo() {
        return demo;
    }

    public void resetDemo() {
        if (Feedback.attempt("reset the demo account of portal " + portalId, () -> demoClients.reset(portalId, userId))) {
            demo = demoClients.of(portalId, userId).orElse(null);
            org.omnifaces.util.Messages.addGlobalInfo("The demo account has fresh sample data, dated up to today.");
        }
    }

    /** The toolbar's search and filters: back to the first page. */
    public void apply() {
        search = search.with(q, parseStatus(status), plan);
        first = 0;
        resetTable();
        pushUrl();
    }

    public void sortBy(String column) {
        AccountSort.fromUrl(column).ifPresent(chosen -> search = search.sortedBy(chosen));
        first = 0;
        resetTable();
        pushUrl();
    }

    public void onPage(PageEvent event) {
        first = event.getPage() * PAGE_SIZE;
        pushUrl();
    }

    private void resetTable() {
        var table = (org.primefaces.component.datatable.DataTable) jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot().findComponent(":accounts:table");
        if (table != null) {
            table.setFirst(first);
        }
    }

    private void pushUrl() {
        PrimeFaces.current().executeScript("history.pushState(null, '', " + jsString(url()) + ")");
    }

    /** This view as a URL relative to the page. */
    public String url() {
        Map<String, String> params = new LinkedHashMap<>();
        if (search.text() != null) {
            params.put("q", search.text());
        }
        if (search.status() != null) {
            params.put("status", search.status().name().toLowerCase());
        }
        if (search.plan() != null) {
            params.put("plan", search.plan());
        }
        if (search.sort() != AccountSort.DEFAULT || !search.ascending()) {
            params.put("sort", search.sort().urlName());
            params.put("order", search.ascending() ? "asc" : "desc");
        }
        if (first > 0) {
            params.put("page", String.valueOf(first / PAGE_SIZE + 1));
        }
        return "accounts.xhtml" + (params.isEmpty() ? "" : "?" + params.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static String jsString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\x3c") + "'";
    }

    private static ClientStatus parseStatus(String value) {
        for (ClientStatus candidate : ClientStatus.values()) {
            if (candidate.name().equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        return null;
    }

    /** The arrow shown beside the column the table is sorted by. */
    public String arrow(String column) {
        if (!search.sort().urlName().equals(column)) {
            return "";
        }
        return search.ascending() ? " ▲" : " ▼";
    }

    public LazyDataModel<AccountRow> getModel() {
        return model;
    }

    public List<String> getPlans() {
        return plans;
    }

    public List<ClientStatus> getStatuses() {
        return List.of(ClientStatus.values());
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    /** The rows of one page, read for the current search each time the table asks. */
    // Not a PagedTable: it reuses the count of the same search across pages and sorts (measured at 100,000 clients).
    private final class Rows extends LazyDataModel<AccountRow> {

        private static final long serialVersionUID = 1L;
        private final long portal;
        private final long user;

        Rows(long portal, long user) {
            this.portal = portal;
            this.user = user;
        }

        private PortalClients service() {
            return jakarta.enterprise.inject.spi.CDI.current().select(PortalClients.class).get();
        }

        /** The scope and search checked by count() for the load() that follows it in the same request. */
        private transient PortalClients.Criteria resolved;

        // Turning pages or re-sorting reuses the total counted for the same search a moment ago,
        // instead of counting 100,000 clients again; a new search or filter counts afresh.
        private AccountSearch countedFor;
        private long countedAt;
        private int total;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            resolved = service().resolve(portal, user, search).orElse(null);
            if (resolved == null) {
                countedFor = null;
                return 0;
            }
            long now = System.currentTimeMillis();
            AccountSearch unsorted = search.unsorted();
            if (!unsorted.equals(countedFor) || now - countedAt > COUNT_REUSE_MILLIS) {
                total = (int) Math.min(Integer.MAX_VALUE, service().count(resolved));
                countedFor = unsorted;
                countedAt = now;
            }
            return total;
        }

        @Override
        public List<AccountRow> load(int offset, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
            PortalClients.Criteria criteria = resolved != null && resolved.search().equals(search) ? resolved
                    : service().resolve(portal, user, search).orElse(null);
            resolved = null;
            return criteria == null ? List.of() : service().page(criteria, offset, pageSize);
        }

        @Override
        public String getRowKey(AccountRow row) {
            return String.valueOf(row.id());
        }
    }
}
