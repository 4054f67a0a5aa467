package org.switchboard.referral.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.switchboard.account.boundary.PortalPermissions;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.platform.kernel.EmailAddress;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.referral.entity.Referral;
import org.switchboard.referral.entity.ReferralStatus;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A portal's referrals: submitting a lead, with any conflict flagged for the operator at once (the
 * company is a client already, or another portal referred it first and that referral is open),
 * and the portal's list of its referrals with their status and the reason of any conflict.
 */
@Stateless
public class Referrals {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PortalPermissions permissions;

    /**
     * What a partner is told of a conflict with another portal's referral or an existing client:
     * that there is something to check, never whose or since when (the desk keeps the detail).
     */
    static final String NEUTRAL = "Our team checks this referral against earlier ones and existing clients.";

    public Referral submit(long portalId, long actorUserId, @Valid ReferralForm form) {
        requireMember(portalId, actorUserId);
        String email = EmailAddress.normalise(form.contactEmail()).orElseThrow(() -> new Refused("Enter a valid e-mail address."));
        Referral referral = new Referral(portalId, form.company().strip(), form.contactName().strip(), email,
                form.notes() == null || form.notes().isBlank() ? null : form.notes().strip(), actorUserId, clock.instant());
        String key = referral.getCompanyKey();
        if (em.createQuery("select count(c) from ClientAccount c where c.nameKey = :key", Long.class)
                .setParameter("key", key).getSingleResult() > 0) {
            referral.flag("A company of this name is a client already.", NEUTRAL);
        } else {
            em.createQuery("select r from Referral r where r.companyKey = :key and r.status in :open "
                            + "order by r.submittedAt, r.id", Referral.class)
                    .setParameter("key", key)
                    .setParameter("open", List.of(ReferralStatus.SUBMITTED, ReferralStatus.QUALIFIED))
                    .setMaxResults(1)
                    .getResultStream().findFirst()
                    .ifPresent(first -> {
                        if (first.getPortalId() == portalId) {
                            String own = "Your portal referred this company on " + day(first) + " already.";
                            referral.flag(own, own);
                        } else {
                            referral.flag("Another partner referred this company first, on " + day(first) + ".", NEUTRAL);
                        }
                    });
        }
        em.persist(referral);
        audit.record(AuditEvent.of(AuditType.REFERRAL_SUBMITTED).actor(actorUserId).portal(portalId)
                .subject(referral.getCompany()).detail(referral.getConflict()));
        return referral;
    }

    public List<Referral> ofPortal(long portalId, long viewerUserId) {
        requireMember(portalId, viewerUserId);
        return em.createQuery("select r from Referral r where r.portalId = :portal order by r.submittedAt desc, r.id desc",
                        Referral.class)
                .setParameter("portal", portalId)
                .setMaxResults(500)
                .getResultList();
    }

    private static String day(Referral referral) {
        return referral.getSubmittedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private void requireMember(long portalId, long userId) {
        permissions.requireMember(userId, portalId);
    }
}
