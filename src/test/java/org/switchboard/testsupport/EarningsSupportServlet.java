package org.switchboard.testsupport;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.billing.boundary.SalesLedger;
import org.switchboard.billing.entity.Sale;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.billing.entity.Subscription;
import org.switchboard.earnings.boundary.PayoutClaims;
import org.switchboard.earnings.boundary.PayoutLedger;
import org.switchboard.earnings.control.CommissionTerms;
import org.switchboard.earnings.control.PayoutPeriod;
import org.switchboard.earnings.entity.Payout;
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The money side of the test data for tests that drive the server from outside: a channel partner
 * with a commission plan, paying clients, sales recorded through the sales ledger (so that they earn
 * as in production) and a period paid out to one portal by the payout run's own steps. Deployed
 * only with the test helpers. Every answer is "name=value" lines.
 */
@WebServlet("/test-support/earnings")
public class EarningsSupportServlet extends SupportServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TestData data;

    @Inject
    SalesLedger sales;

    @Inject
    PayoutClaims claims;

    @Inject
    PayoutLedger ledger;

    @Override
    protected String answer(String action, HttpServletRequest request) {
        return switch (action) {
            case "channel-partner" -> channelPartner(request);
            case "paying-client" -> payingClient(request);
            case "sale" -> sale(request);
            case "pay" -> pay(Long.parseLong(request.getParameter("portal")),
                    PayoutPeriod.parse(request.getParameter("period")).orElseThrow());
            default -> throw new IllegalArgumentException("Unknown earnings test support action");
        };
    }

    /**
     * A verified channel portal, {@code name} plus a unique suffix, with a plan from {@code from}:
     * 20 % on NEW and UPGRADE sales, 10 % on RENEWAL, a 250.00 bounty, {@code holdDays} of hold, 90
     * days' clawback and a payout threshold of {@code threshold}, all in EUR. Answers id and name.
     */
    private String channelPartner(HttpServletRequest request) {
        Portal portal = data.portal(request.getParameter("name"), PortalKind.CHANNEL_PARTNER, false);
        data.commissionPlan(portal, LocalDate.parse(request.getParameter("from")), new CommissionTerms(
                Map.of(SaleType.NEW, new BigDecimal("20.00"), SaleType.RENEWAL, new BigDecimal("10.00"),
                        SaleType.UPGRADE, new BigDecimal("20.00")), List.of(), Money.of("250.00", "EUR"),
                Integer.parseInt(request.getParameter("holdDays")), 90, Money.of(request.getParameter("threshold"), "EUR")));
        return "id=" + portal.getId() + "\nname=" + portal.getName() + "\n";
    }

    /** An active client of {@code portal}, {@code name} plus a unique suffix, with a monthly subscription. */
    private String payingClient(HttpServletRequest request) {
        Portal portal = data.all(Portal.class, "e.id = ?1", Long.parseLong(request.getParameter("portal"))).get(0);
        ClientAccount client = data.client(portal, TestData.unique(request.getParameter("name")), ClientStatus.ACTIVE,
                "growth", 5);
        data.subscription(client, "growth", 5);
        return "id=" + client.getId() + "\nname=" + client.getName() + "\n";
    }

    /**
     * A sale of {@code type} of {@code amount} EUR to {@code client} of {@code portal} at noon (UTC)
     * on {@code day}, recorded through the sales ledger. Answers its id.
     */
    private String sale(HttpServletRequest request) {
        long clientId = Long.parseLong(request.getParameter("client"));
        Subscription subscription = data.all(Subscription.class, "e.clientId = ?1", clientId).get(0);
        SaleType type = SaleType.valueOf(request.getParameter("type"));
        LocalDate day = LocalDate.parse(request.getParameter("day"));
        Sale sale = sales.record(new Sale(TestData.unique(type.name()), type, Long.parseLong(request.getParameter("portal")),
                clientId, subscription.getId(), Money.of(request.getParameter("amount"), "EUR"),
                day.atTime(12, 0).toInstant(ZoneOffset.UTC), type + " of " + day, null));
        return "id=" + sale.getId() + "\n";
    }

    /**
     * Pays the period to one portal by the run's own steps (claim the period, release what has
     * ended its hold, pay the chunk, complete), as the demo data pays its past months: the period's
     * run is then done, and no other portal's earnings are touched. The period must be one no other
     * test class pays. Answers the payout's id ("null" when the balance did not reach the threshold).
     */
    private String pay(long portalId, PayoutPeriod period) {
        long runId = claims.claim(period.code(), null);
        ledger.release(LocalDate.ofInstant(TestClock.now(), ZoneOffset.UTC));
        ledger.pay(runId, period, List.of(portalId));
        claims.complete(runId);
        return "id=" + data.all(Payout.class, "e.portalId = ?1 and e.period = ?2", portalId, period.code()).stream()
                .map(payout -> String.valueOf(payout.getId())).findFirst().orElse("null") + "\nrun=" + runId + "\n";
    }
}
