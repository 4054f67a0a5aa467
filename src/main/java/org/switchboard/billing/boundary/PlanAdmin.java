package org.switchboard.billing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.billing.entity.Plan;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.security.Roles;

import java.util.Currency;
import java.util.List;

/**
 * The operator's plan catalogue. A change applies to subscriptions that start or change plan from
 * now on; every existing subscription keeps the price per seat it took.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class PlanAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    public List<Plan> all() {
        return em.createQuery("select p from Plan p order by p.active desc, p.monthlySeatPrice, p.code", Plan.class)
                .getResultList();
    }

    public Plan add(long operatorUserId, @Valid PlanForm form) {
        requireCurrency(form.currency());
        if (!em.createQuery("select p from Plan p where p.code = :code", Plan.class).setParameter("code", form.code())
                .getResultList().isEmpty()) {
            throw new Refused("A plan with the code " + form.code() + " exists already.");
        }
        Plan plan = new Plan(form.code(), form.name().strip(), form.monthlySeatPrice(), form.annualSeatPrice(),
                form.currency(), form.trialDays());
        em.persist(plan);
        audit.record(AuditEvent.of(AuditType.PLAN_CHANGED).actor(operatorUserId).subject(form.code()).detail("Added: " + describe(plan)));
        return plan;
    }

    /** New name, prices, trial length or availability; the code and currency stay. */
    public void change(long operatorUserId, long planId, @Valid PlanForm form) {
        Plan plan = em.find(Plan.class, planId);
        if (plan == null) {
            throw new NotFound("No such plan.");
        }
        if (!plan.getCurrency().equals(form.currency())) {
            throw new Refused("A plan's currency cannot change; add a plan in " + form.currency() + " instead.");
        }
        plan.change(form.name().strip(), form.monthlySeatPrice(), form.annualSeatPrice(), form.trialDays(), form.active());
        audit.record(AuditEvent.of(AuditType.PLAN_CHANGED).actor(operatorUserId).subject(plan.getCode()).detail("Now: " + describe(plan)));
    }

    private static void requireCurrency(String code) {
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw new Refused(code + " is not a currency code.");
        }
    }

    private static String describe(Plan plan) {
        return plan.getName() + ", " + plan.getCurrency() + " " + plan.getMonthlySeatPrice() + "/" + plan.getAnnualSeatPrice()
                + ", trial " + plan.getTrialDays() + " days" + (plan.isActive() ? "" : ", withdrawn");
    }
}
