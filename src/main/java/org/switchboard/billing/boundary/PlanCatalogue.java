package org.switchboard.billing.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.billing.control.BillingPeriod;
import org.switchboard.billing.entity.Plan;
import org.switchboard.platform.kernel.Refused;

import java.util.List;

/** The plans on sale. */
@Stateless
public class PlanCatalogue {

    @PersistenceContext
    EntityManager em;

    public List<Plan> onSale() {
        return em.createQuery("select p from Plan p where p.active = true order by p.monthlySeatPrice, p.code", Plan.class)
                .getResultList();
    }

    /** The plans on sale, as the forms offer them. */
    public List<PlanOffer> offers() {
        return onSale().stream().map(plan -> new PlanOffer(plan.getCode(), plan.getName(),
                plan.seatPrice(BillingPeriod.MONTHLY), plan.seatPrice(BillingPeriod.ANNUAL), plan.getTrialDays())).toList();
    }

    /** The plan, if it is on sale in the currency asked for (none: any). */
    public Plan forSale(String code, String currency) {
        Plan plan = em.createQuery("select p from Plan p where p.code = :code and p.active = true", Plan.class)
                .setParameter("code", code == null ? "" : code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new Refused("Choose a plan from the list."));
        if (currency != null && !plan.getCurrency().equals(currency)) {
            throw new Refused("The " + plan.getName() + " plan is sold in " + plan.getCurrency() + " only.");
        }
        return plan;
    }
}
