package org.switchboard.billing.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.billing.entity.Sale;
import org.switchboard.platform.kernel.Refused;

/**
 * The one way a sale is recorded: it is written and announced in the caller's transaction, so
 * that what it earns (a partner's commission) is recorded with it or not at all.
 */
@Stateless
public class SalesLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SaleRecorded> recorded;

    public Sale record(Sale sale) {
        // Earnings come only from sales, so refusing here keeps a demo account out of them all.
        ClientAccount client = em.find(ClientAccount.class, sale.getClientId());
        if (client != null && client.isDemo()) {
            throw new Refused(client.getName() + " is a demo account: nothing is sold on it.");
        }
        em.persist(sale);
        em.flush();
        recorded.fire(new SaleRecorded(sale.getId()));
        return sale;
    }
}
