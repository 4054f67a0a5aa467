package org.switchboard.referral.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.boundary.Memberships;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.billing.boundary.PlanCatalogue;
import org.switchboard.billing.entity.Plan;
import org.switchboard.client.boundary.ActivityLog;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.identity.boundary.PasswordResets;
import org.switchboard.identity.boundary.UserAccounts;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.security.Roles;
import org.switchboard.referral.entity.Referral;
import org.switchboard.referral.entity.ReferralStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The operator's referral desk: qualify, win or lose each lead. Winning makes the client account,
 * on a trial, managed by the referring portal, with the contact as its admin; other portals' open
 * referrals of the same company are lost with the reason. The first referral wins unless the
 * operator decides otherwise by winning another.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class ReferralDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    PlanCatalogue plans;

    @Inject
    UserAccounts users;

    @Inject
    Memberships memberships;

    @Inject
    PasswordResets welcomes;

    @Inject
    ActivityLog activity;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<ReferralWon> won;

    /** Referrals in a state (open ones when none given), conflicts first, oldest first. */
    public List<Referral> list(ReferralStatus status) {
        if (status != null) {
            return em.createQuery("select r from Referral r where r.status = :status order by r.submittedAt desc, r.id desc",
                    Referral.class).setParameter("status", status).setMaxResults(500).getResultList();
        }
        // Conflicts first, sorted here: databases disagree on where NULLs sort.
        return em.createQuery("select r from Referral r where r.status in :open order by r.submittedAt, r.id", Referral.class)
                .setParameter("open", List.of(ReferralStatus.SUBMITTED, ReferralStatus.QUALIFIED))
                .setMaxResults(500)
                .getResultStream()
                .sorted(java.util.Comparator.comparing((Referral r) -> r.getConflict() == null))
                .toList();
    }

    public void qualify(long referralId, long operatorUserId) {
        Referral referral = open(referralId);
        referral.qualify(operatorUserId, clock.instant());
        audit.record(AuditEvent.of(AuditType.REFERRAL_DECIDED).actor(operatorUserId).portal(referral.getPortalId())
                .subject(referral.getCompany()).detail("Qualified"));
    }

    public void lose(long referralId, long operatorUserId, String note) {
        Referral referral = open(referralId);
        referral.lose(operatorUserId, note == null || note.isBlank() ? "Not won" : note.strip(), clock.instant());
        audit.record(AuditEvent.of(AuditType.REFERRAL_DECIDED).actor(operatorUserId).portal(referral.getPortalId())
                .subject(referral.getCompany()).detail("Lost: " + referral.getOutcomeNote()));
    }

    /** Wins the referral: the client account is made, on a trial, for the referring portal. */
    public long win(long referralId, long operatorUserId) {
        Referral referral = open(referralId);
        Instant now = clock.instant();
        Plan plan = plans.onSale().stream().filter(Plan::hasTrial).findFirst()
                .orElseThrow(() -> new Refused("No plan on sale has a trial; add one first."));
        Portal portal = em.find(Portal.class, referral.getPortalId());
        ClientAccount client = new ClientAccount(referral.getCompany(), plan.getCode(), ClientStatus.TRIAL, 1, portal, true, now);
        client.createdBy(null, null, plan.getCurrency());
        client.trialUntil(now.plus(Duration.ofDays(plan.getTrialDays())));
        em.persist(client);
        em.flush();
        Optional<User> existing = users.findByEmail(referral.getContactEmail());
        String[] names = referral.getContactName().split("\\s+", 2);
        User admin = existing.orElseGet(() -> users.createInvited(referral.getContactEmail(), names[0],
                names.length > 1 ? names[1] : names[0]));
        memberships.joinClient(admin, client, ClientRole.CLIENT_ADMIN);
        if (existing.isEmpty()) {
            welcomes.welcome(admin, client.getName());
        }
        referral.win(operatorUserId, client.getId(), now);
        won.fire(new ReferralWon(referral.getId(), referral.getPortalId(), client.getId(), now));
        em.createQuery("select r from Referral r where r.companyKey = :key and r.id <> :id and r.status in :open",
                        Referral.class)
                .setParameter("key", referral.getCompanyKey()).setParameter("id", referral.getId())
                .setParameter("open", List.of(ReferralStatus.SUBMITTED, ReferralStatus.QUALIFIED))
                .getResultList()
                .forEach(other -> other.lose(operatorUserId, "Another partner's referral of this company was won.", now));
        activity.record(client, operatorUserId, ActivityType.ACCOUNT_CREATED, "Account created from a referral by "
                + portal.getName() + "; " + plan.getTrialDays() + "-day trial of " + plan.getName());
        audit.record(AuditEvent.of(AuditType.REFERRAL_DECIDED).actor(operatorUserId).portal(referral.getPortalId())
                .client(client.getId()).subject(referral.getCompany()).detail("Won"));
        return client.getId();
    }

    private Referral open(long referralId) {
        Referral referral = em.find(Referral.class, referralId, LockModeType.PESSIMISTIC_WRITE);
        if (referral == null) {
            throw new NotFound("No such referral.");
        }
        if (!referral.getStatus().isOpen()) {
            throw new Refused("This referral is " + referral.getStatus().label().toLowerCase() + " already.");
        }
        return referral;
    }
}
