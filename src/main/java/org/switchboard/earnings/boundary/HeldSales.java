package org.switchboard.earnings.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.billing.entity.Sale;
import org.switchboard.earnings.entity.HeldSale;
import org.switchboard.platform.kernel.Money;

import java.util.List;

/**
 * Sales whose earnings wait for an exchange rate. The operator sees them; they are earned, oldest
 * first, as soon as the missing rate is entered.
 */
@Stateless
public class HeldSales {

    @PersistenceContext
    EntityManager em;

    @Inject
    Commissions commissions;

    /** A held sale and what the operator needs to know about it. */
    public record Row(long saleId, String portalName, String clientName, Money amount, java.time.Instant soldAt,
                      String reason, java.time.Instant heldAt) {
    }

    public List<Row> open() {
        return em.createQuery("select h.saleId, p.name, c.name, s.amount, s.currency, s.occurredAt, h.reason, h.heldAt "
                        + "from HeldSale h, Sale s, Portal p, ClientAccount c where s.id = h.saleId and p.id = h.portalId "
                        + "and c.id = s.clientId and h.resolvedAt is null order by h.heldAt, h.saleId", Object[].class)
                .setMaxResults(500)
                .getResultStream()
                .map(row -> new Row((Long) row[0], (String) row[1], (String) row[2], Money.of((java.math.BigDecimal) row[3], (String) row[4]),
                        (java.time.Instant) row[5], (String) row[6], (java.time.Instant) row[7]))
                .toList();
    }

    /** Tries every open hold again, in the order of the sales (a refund after what it refunds). */
    public int earnWaiting() {
        List<HeldSale> waiting = em.createQuery("select h from HeldSale h where h.resolvedAt is null order by h.saleId",
                HeldSale.class).setMaxResults(10_000).getResultList();
        int earned = 0;
        for (HeldSale hold : waiting) {
            if (commissions.earn(em.find(Sale.class, hold.getSaleId()))) {
                earned++;
            }
        }
        return earned;
    }
}
