package org.switchboard.earnings.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.earnings.boundary.EarningsViews.EarningLine;
import org.switchboard.earnings.boundary.EarningsViews.Statement;
import org.switchboard.earnings.entity.Payout;
import org.switchboard.platform.kernel.NotFound;

import java.util.List;

/** A channel partner's payout statements: a payout and every earning it pays, for the PDF. */
@Stateless
public class EarningsStatements {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnerEarnings earnings;

    /** A payout of the portal and every earning it pays; another portal's payout is not found. */
    public Statement statement(long portalId, long userId, long payoutId) {
        earnings.requireViewer(userId, portalId);
        Payout payout = em.find(Payout.class, payoutId);
        if (payout == null || payout.getPortalId() != portalId) {
            throw new NotFound("No such payout.");
        }
        List<EarningLine> lines = em.createQuery(EarningRows.EARNING_COLUMNS
                        + " and e.payoutId = :payout order by e.earnedAt, e.id", Object[].class)
                .setParameter("portal", portalId).setParameter("payout", payoutId)
                .getResultStream().map(EarningRows::earningLine).toList();
        String portalName = em.createQuery("select p.name from Portal p where p.id = :id", String.class)
                .setParameter("id", portalId).getSingleResult();
        return new Statement(portalName, EarningRows.payoutLine(payout), lines);
    }
}
