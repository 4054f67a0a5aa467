package org.switchboard.earnings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.earnings.control.CommissionTerms;
import org.switchboard.earnings.entity.CommissionPlan;
import org.switchboard.platform.kernel.Money;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.security.Roles;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The operator's commission plans, one per channel portal, kept as dated versions. A new version
 * applies from its date on (today at the earliest), never to sales already made.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class CommissionPlans {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A channel portal and the plan version in force today, if any. */
    public record PortalPlan(long portalId, String portalName, CommissionPlan current) {
    }

    /** Channel portals whose name starts with {@code prefix} (all when blank), with their plan today. */
    public List<PortalPlan> channelPortals(String prefix) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String like = prefix == null || prefix.isBlank() ? "%" : prefix.strip().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Object[]> rows = em.createQuery("select p.id, p.name from Portal p where p.kind = :channel "
                        + "and lower(p.name) like :like escape '\\' order by p.name, p.id", Object[].class)
                .setParameter("channel", PortalKind.CHANNEL_PARTNER).setParameter("like", like)
                .setMaxResults(200).getResultList();
        List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
        Map<Long, CommissionPlan> current = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select c from CommissionPlan c where c.portalId in :ids and c.effectiveFrom <= :today "
                            + "order by c.portalId, c.effectiveFrom", CommissionPlan.class)
                    .setParameter("ids", ids).setParameter("today", today)
                    .getResultList().forEach(plan -> current.put(plan.getPortalId(), plan));
        }
        List<PortalPlan> portals = new ArrayList<>();
        rows.forEach(row -> portals.add(new PortalPlan((Long) row[0], (String) row[1], current.get((Long) row[0]))));
        return portals;
    }

    /** Every version of a portal's plan, newest first (future ones included). */
    public List<CommissionPlan> versions(long portalId) {
        return em.createQuery("select c from CommissionPlan c where c.portalId = :portal order by c.effectiveFrom desc",
                CommissionPlan.class).setParameter("portal", portalId).getResultList();
    }

    public CommissionPlan addVersion(long operatorUserId, long portalId, @Valid CommissionPlanForm form) {
        Portal portal = em.find(Portal.class, portalId);
        if (portal == null) {
            throw new NotFound("No such portal.");
        }
        if (portal.getKind() != PortalKind.CHANNEL_PARTNER) {
            throw new Refused(portal.getName() + " is not a channel partner; only channel partners earn commission.");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (form.effectiveFrom().isBefore(today)) {
            throw new Refused("A plan applies from today on at the earliest; sales already made keep the terms they were earned under.");
        }
        try {
            Currency.getInstance(form.currency());
        } catch (IllegalArgumentException unknown) {
            throw new Refused(form.currency() + " is not a currency code.");
        }
        if (!em.createQuery("select c.id from CommissionPlan c where c.portalId = :portal and c.effectiveFrom = :from",
                        Long.class).setParameter("portal", portalId).setParameter("from", form.effectiveFrom())
                .getResultList().isEmpty()) {
            throw new Refused("A version of this plan applies from " + form.effectiveFrom()
                    + " already; versions are never changed, so choose a later date.");
        }
        CommissionTerms terms = new CommissionTerms(
                Map.of(SaleType.NEW, form.rateNew(), SaleType.RENEWAL, form.rateRenewal(), SaleType.UPGRADE, form.rateUpgrade()),
                parseTiers(form.tiers()), Money.of(form.referralBounty(), form.currency()), form.holdDays(),
                form.clawbackDays(), Money.of(form.threshold(), form.currency()));
        CommissionPlan plan = new CommissionPlan(portalId, form.effectiveFrom(), terms, operatorUserId, clock.instant());
        em.persist(plan);
        audit.record(AuditEvent.of(AuditType.COMMISSION_PLAN_CHANGED).actor(operatorUserId).portal(portalId)
                .detail("From " + form.effectiveFrom() + ": " + describe(plan)));
        return plan;
    }

    /** "50: 5" per line (or separated by commas): from 50 paying clients, 5 points more. */
    static List<CommissionTerms.Tier> parseTiers(String text) {
        List<CommissionTerms.Tier> tiers = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tiers;
        }
        for (String line : text.split("[,\\n;]+")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(":");
            if (parts.length != 2) {
                throw new Refused("Write each tier as \"clients: points\", e.g. \"50: 5\" (not \"" + line.strip() + "\").");
            }
            int clients;
            BigDecimal points;
            try {
                clients = Integer.parseInt(parts[0].strip());
                points = new BigDecimal(parts[1].strip());
            } catch (NumberFormatException notNumbers) {
                throw new Refused("Write each tier as \"clients: points\", e.g. \"50: 5\" (not \"" + line.strip() + "\").");
            }
            if (clients < 1 || points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0 || points.scale() > 2) {
                throw new Refused("A tier starts at 1 client or more and adds 0 to 100 points, with at most two decimals.");
            }
            if (tiers.stream().anyMatch(tier -> tier.minClients() == clients)) {
                throw new Refused("There are two tiers from " + clients + " clients.");
            }
            tiers.add(new CommissionTerms.Tier(clients, points));
        }
        if (tiers.size() > 20) {
            throw new Refused("A plan has at most 20 tiers.");
        }
        return tiers;
    }

    static String describe(CommissionPlan plan) {
        StringBuilder text = new StringBuilder("NEW ").append(plan.getRateNew().toPlainString()).append(" %, RENEWAL ")
                .append(plan.getRateRenewal().toPlainString()).append(" %, UPGRADE ")
                .append(plan.getRateUpgrade().toPlainString()).append(" %");
        plan.getTiers().forEach(tier -> text.append(", ").append(tier.getMinClients()).append("+ clients +")
                .append(tier.getBonusPoints().toPlainString()).append(" points"));
        return text.append(", bounty ").append(plan.getCurrency()).append(' ').append(plan.getReferralBounty().toPlainString())
                .append(", hold ").append(plan.getHoldDays()).append(" days, clawback ").append(plan.getClawbackDays())
                .append(" days, threshold ").append(plan.getCurrency()).append(' ').append(plan.getThreshold().toPlainString())
                .toString();
    }
}
