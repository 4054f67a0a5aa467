package org.switchboard.demo;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.earnings.control.PayoutPeriod;
import org.switchboard.earnings.entity.Payout;
import org.switchboard.identity.entity.User;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Marks the demo portal's payouts paid, as the operator would have, three days after each cut-off. */
@Stateless
public class DemoPayoutSettlement {

    @PersistenceContext
    EntityManager em;

    public void settleAllButLatest(long portalId) {
        User olivia = em.createQuery("select u from User u where u.email = 'olivia.ops@switchboard.example'", User.class)
                .getSingleResult();
        List<Payout> payouts = em.createQuery("select p from Payout p where p.portalId = :portal order by p.period",
                Payout.class).setParameter("portal", portalId).getResultList();
        for (Payout payout : payouts.subList(0, Math.max(0, payouts.size() - 1))) {
            LocalDate paidOn = PayoutPeriod.parse(payout.getPeriod()).orElseThrow().cutOff().plusDays(3);
            payout.markPaid("DEMO-TRF-" + payout.getPeriod().strip().replace("-", ""), olivia.getId(),
                    paidOn.atTime(10, 0).toInstant(ZoneOffset.UTC));
        }
    }
}
