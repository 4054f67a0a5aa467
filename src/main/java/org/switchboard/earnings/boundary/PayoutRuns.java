package org.switchboard.earnings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.earnings.control.PayoutPeriod;
import org.switchboard.earnings.entity.PayoutRun;
import org.switchboard.platform.security.Roles;

import java.util.List;

/** The operator's side of the payout runs: start one for an ended period, follow the recent ones. */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class PayoutRuns {

    @PersistenceContext
    EntityManager em;

    @Inject
    PayoutLauncher launcher;

    /** Starts (or takes over) the run of an ended period; returns the run's id. */
    public long start(long operatorUserId, PayoutPeriod period) {
        return launcher.launch(operatorUserId, period, null);
    }

    public List<PayoutRun> recent() {
        return em.createQuery("select r from PayoutRun r order by r.period desc, r.id desc", PayoutRun.class)
                .setMaxResults(36).getResultList();
    }
}
