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
import java.util.Optional;

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

    /** The referral a request submitted, and whether an earlier request with its key had submitted it already. */
    public record Submitted(Referral referral, boolean alreadySubmitted) {
    }

    public Referral submit(long portalId, long actorUserId, @Valid ReferralForm form) {
        requireMember(portalId, actorUserId);
        return submitted(portalId, actorUserId, form, null);
    }

    /**
     * Submits the referral unless a request with this idempotency key submitted one in the portal
     * already, which it then answers instead (the partner API's retried POST). The key's unique
     * index refuses a second referral when two such requests arrive at once.
     */
    public Submitted submit(long portalId, long actorUserId, @Valid ReferralForm form, String creationKey) {
        if (creationKey == null || creationKey.isBlank() || creationKey.length() > 64) {
            throw new IllegalArgumentException("A referral's creation key has 1 to 64 characters");
        }
        Optional<Referral> made = submittedBy(portalId, actorUserId, creationKey);
        if (made.isPresent()) {
            return new Submitted(made.get(), true);
        }
        Referral referral = submitted(portalId, actorUserId, form, creationKey);
        em.flush();
        return new Submitted(referral, false);
    }

    /** The portal's referral that a request with this idempotency key submitted, if any. */
    public Optional<Referral> submittedBy(long portalId, long viewerUserId, String creationKey) {
        requireMember(portalId, viewerUserId);
        return em.createQuery("select r from Referral r where r.portalId = :portal and r.creationKey = :key", Referral.class)
                .setParameter("portal", portalId).setParameter("key", creationKey)
                .getResultStream().findFirst();
    }

    private Referral submitted(long portalId, long actorUserId, ReferralForm form, String creationKey) {
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
        if (creationKey != null) {
            referral.submittedWith(creationKey);
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
