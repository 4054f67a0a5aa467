package org.switchboard.access.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.switchboard.access.control.TargetCheck;
import org.switchboard.access.control.VisitLimits;
import org.switchboard.access.entity.AccessMode;
import org.switchboard.access.entity.AccessSession;
import org.switchboard.account.boundary.ClientLeftPortal;
import org.switchboard.account.boundary.PortalClients;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientMembership;
import org.switchboard.account.entity.ClientRole;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.config.RequestOrigin;
import org.switchboard.platform.tenancy.EndReason;
import org.switchboard.platform.tenancy.Visit;
import org.switchboard.platform.tenancy.VisitEnding;
import org.switchboard.platform.tenancy.VisitTicket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Sign in as Me and Sign in as User: starting a partner's visit to a client account, checking it on
 * every request, and ending it. Every rule is checked here, on the server, whoever calls: a page,
 * or later a REST resource. Refusals are audited even though the attempt changes nothing.
 * (Over 300 lines on purpose: how a visit starts, is checked and ends share one set of rules.)
 */
@Stateless
public class PartnerAccess {

    private static final Logger LOG = Logger.getLogger(PartnerAccess.class.getName());
    /** A busy visit writes its last-seen time at most this often. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(20);
    static final int MAX_CHOICES = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    VisitLimits limits;

    @Inject
    PortalClients clients;

    @Inject
    AuditLog audit;

    @Inject
    RequestOrigin origin;

    /** Enters the client as the portal user themselves, with a membership made on the first visit. */
    public VisitTicket startAsSelf(long portalId, long realUserId, long clientId, Optional<VisitTicket> current,
                                   String returnTo) {
        ClientAccount client = enterable(portalId, realUserId, clientId, AccessMode.AS_SELF, current);
        User person = em.find(User.class, realUserId);
        ClientMembership membership = membershipOf(realUserId, clientId).orElseGet(() -> {
            ClientMembership made = ClientMembership.forPartner(person, client, ClientRole.CLIENT_ADMIN, portalId,
                    clock.instant());
            em.persist(made);
            return made;
        });
        if (!membership.isActive()) {
            throw refuse(portalId, realUserId, clientId, AccessMode.AS_SELF,
                    client.getName() + "'s admins have removed your access to the account.");
        }
        return open(new AccessSession(realUserId, portalId, clientId, AccessMode.AS_SELF, realUserId, null,
                restricted(portalId, realUserId), clock.instant(), limits.expiresAt(clock.instant()), origin.address()),
                client, "Signed in as themselves", returnTo);
    }

    /** Enters the client as one of its users, to see what they see; the reason is kept in the audit. */
    public VisitTicket startAsUser(long portalId, long realUserId, long clientId, long targetUserId,
                                   @NotBlank(message = "Give the reason for signing in as this user.")
                                   @Size(max = 500, message = "Keep the reason under 500 characters.") String reason,
                                   Optional<VisitTicket> current, String returnTo) {
        ClientAccount client = enterable(portalId, realUserId, clientId, AccessMode.AS_USER, current);
        Optional<SignInChoice> target = choicesFor(client, realUserId, Optional.of(targetUserId)).stream().findFirst();
        if (target.isEmpty()) {
            throw refuse(portalId, realUserId, clientId, AccessMode.AS_USER,
                    "That person is not a user of " + client.getName() + ".");
        }
        if (!target.get().isAllowed()) {
            throw refuse(portalId, realUserId, clientId, AccessMode.AS_USER, target.get().refusal());
        }
        Instant now = clock.instant();
        return open(new AccessSession(realUserId, portalId, clientId, AccessMode.AS_USER, targetUserId, reason.strip(),
                        restricted(portalId, realUserId), now, limits.expiresAt(now), origin.address()),
                client, "Signed in as " + target.get().email() + ": " + reason.strip(), returnTo);
    }

    /** The client's users a portal user may sign in as, each with the reason it is not allowed, if so. */
    public List<SignInChoice> usersToSignInAs(long portalId, long realUserId, long clientId) {
        return clients.find(portalId, realUserId, clientId)
                .map(row -> choicesFor(em.find(ClientAccount.class, clientId), realUserId, Optional.empty()))
                .orElse(List.of());
    }

    /**
     * The visit named by the session, checked for this request: still open, within its limits, and
     * still allowed (the client's consent, the person's scope, the user acted as). A visit that
     * fails is ended here, with the reason, and is empty.
     */
    public Optional<Visit> resume(VisitTicket ticket, long realUserId) {
        AccessSession session = em.find(AccessSession.class, ticket.accessSessionId());
        if (session == null || session.getRealUserId() != realUserId || session.getClientId() != ticket.clientId()
                || !session.isOpen()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<EndReason> over = limits.overAt(session.getLastSeenAt(), session.getExpiresAt(), now);
        if (over.isPresent()) {
            close(session, over.get(), limits.endsAt(session.getLastSeenAt(), session.getExpiresAt()));
            return Optional.empty();
        }
        Optional<String> revoked = revocation(session);
        if (revoked.isPresent()) {
            LOG.info(() -> "Ending access session " + session.getId() + ": " + revoked.get());
            close(session, EndReason.ACCESS_REVOKED, now);
            return Optional.empty();
        }
        if (Duration.between(session.getLastSeenAt(), now).compareTo(TOUCH_EVERY) >= 0) {
            em.createQuery("update AccessSession s set s.lastSeenAt = :now where s.id = :id and s.endedAt is null")
                    .setParameter("now", now)
                    .setParameter("id", session.getId())
                    .executeUpdate();
        }
        Instant lastSeen = now.isAfter(session.getLastSeenAt()) ? now : session.getLastSeenAt();
        return Optional.of(new Visit(session.getId(), session.getPortalId(), session.getClientId(), realUserId,
                session.getEffectiveUserId(), session.getMode() == AccessMode.AS_USER, session.isRestricted(),
                limits.endsAt(lastSeen, session.getExpiresAt()), ticket.returnTo()));
    }

    /** The names a visit's banner shows. */
    public VisitFacts facts(Visit visit) {
        Object[] row = em.createQuery("select c.name, p.name, a.firstName, a.lastName, a.email from ClientAccount c, "
                        + "Portal p, User a where c.id = :client and p.id = :portal and a.id = :acting", Object[].class)
                .setParameter("client", visit.clientId())
                .setParameter("portal", visit.portalId())
                .setParameter("acting", visit.effectiveUserId())
                .getSingleResult();
        return new VisitFacts((String) row[0], (String) row[1], row[2] + " " + row[3], (String) row[4]);
    }

    /** Ends the person's own visit when they log out or switch account elsewhere in the application. */
    public void onVisitEnding(@Observes VisitEnding ending) {
        end(ending.accessSessionId(), ending.realUserId(), ending.why());
    }

    /** Ends the person's own visit: Back to portal, logout, switching account. */
    public void end(long accessSessionId, long realUserId, EndReason why) {
        AccessSession session = em.find(AccessSession.class, accessSessionId);
        if (session != null && session.getRealUserId() == realUserId && session.isOpen()) {
            close(session, why, clock.instant());
        }
    }

    /** Ends every open visit of a person at once (they were deactivated or left the portal). */
    public int endAllOf(long realUserId, EndReason why) {
        List<AccessSession> open = em.createQuery("select s from AccessSession s where s.realUserId = :user "
                        + "and s.endedAt is null", AccessSession.class)
                .setParameter("user", realUserId)
                .getResultList();
        open.forEach(session -> close(session, why, clock.instant()));
        return open.size();
    }

    /** A client that leaves its portal can be visited from it no more, starting with the visits open now. */
    public void onClientLeftPortal(@Observes ClientLeftPortal left) {
        endVisitsTo(left.clientId(), EndReason.ACCESS_REVOKED);
    }

    /** Ends every open visit to a client (it left its portal, or the portal lost it). */
    public int endVisitsTo(long clientId, EndReason why) {
        return closeAll(em.createQuery("select s from AccessSession s where s.clientId = :client and s.endedAt is null",
                AccessSession.class).setParameter("client", clientId).getResultList(), why);
    }

    /** Ends every open visit a person makes from one portal (they were deactivated or removed there). */
    public int endVisitsFrom(long realUserId, long portalId, EndReason why) {
        return closeAll(em.createQuery("select s from AccessSession s where s.realUserId = :user "
                        + "and s.portalId = :portal and s.endedAt is null", AccessSession.class)
                .setParameter("user", realUserId).setParameter("portal", portalId).getResultList(), why);
    }

    private int closeAll(List<AccessSession> open, EndReason why) {
        open.forEach(session -> close(session, why, clock.instant()));
        return open.size();
    }

    /**
     * Closes visits nobody came back to, so the history shows when they really ended. Each close is
     * a conditional update, so two servers sweeping at once close each visit once.
     */
    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "Close abandoned partner visits")
    public void closeAbandoned() {
        Instant now = clock.instant();
        List<AccessSession> stale = em.createQuery("select s from AccessSession s where s.endedAt is null "
                        + "and (s.lastSeenAt <= :idleSince or s.expiresAt <= :now)", AccessSession.class)
                .setParameter("idleSince", now.minus(limits.idle()))
                .setParameter("now", now)
                .setMaxResults(1_000)
                .getResultList();
        for (AccessSession session : stale) {
            limits.overAt(session.getLastSeenAt(), session.getExpiresAt(), now).ifPresent(why ->
                    close(session, why, limits.endsAt(session.getLastSeenAt(), session.getExpiresAt())));
        }
    }

    /** The person's open visits, checked against their limits (over ones are closed on the way). */
    private List<AccessSession> openVisitOf(long realUserId) {
        Instant now = clock.instant();
        List<AccessSession> open = new java.util.ArrayList<>();
        for (AccessSession session : em.createQuery("select s from AccessSession s where s.realUserId = :user "
                        + "and s.endedAt is null order by s.startedAt desc", AccessSession.class)
                .setParameter("user", realUserId)
                .getResultList()) {
            Optional<EndReason> over = limits.overAt(session.getLastSeenAt(), session.getExpiresAt(), now);
            if (over.isPresent()) {
                close(session, over.get(), limits.endsAt(session.getLastSeenAt(), session.getExpiresAt()));
            } else {
                open.add(session);
            }
        }
        return open;
    }

    /**
     * The client, if the person may enter it now. {@code current} is the visit the person's session
     * is on: while it is open no other starts (no chains). Visits of theirs left open in another
     * browser are ended, so a person is on one visit at a time.
     */
    private ClientAccount enterable(long portalId, long realUserId, long clientId, AccessMode mode,
                                    Optional<VisitTicket> current) {
        if (clients.find(portalId, realUserId, clientId).isEmpty()) {
            throw refuse(portalId, realUserId, clientId, mode, "No such client account in your portal.");
        }
        ClientAccount client = em.find(ClientAccount.class, clientId);
        if (!client.isAllowPartnerLogin()) {
            throw refuse(portalId, realUserId, clientId, mode, client.getName() + " has not allowed partner login.");
        }
        Optional<AccessSession> open = current.flatMap(ticket -> openVisitOf(realUserId).stream()
                .filter(session -> session.getId() == ticket.accessSessionId()).findFirst());
        if (open.isPresent()) {
            String where = em.find(ClientAccount.class, open.get().getClientId()).getName();
            throw refuse(portalId, realUserId, clientId, mode,
                    "You are still signed in to " + where + ". Go back to the portal from there first.");
        }
        openVisitOf(realUserId).forEach(elsewhere -> close(elsewhere, EndReason.SUPERSEDED, clock.instant()));
        return client;
    }

    private VisitTicket open(AccessSession session, ClientAccount client, String detail, String returnTo) {
        em.persist(session);
        em.flush();
        audit.record(AuditEvent.of(AuditType.ACCESS_STARTED).actor(session.getRealUserId())
                .effectiveUser(session.getEffectiveUserId()).accessSession(session.getId())
                .portal(session.getPortalId()).client(client.getId()).detail(detail));
        LOG.info(() -> "User " + session.getRealUserId() + " entered client " + client.getId() + " "
                + session.getMode().label() + " (access session " + session.getId() + ")");
        return new VisitTicket(session.getId(), client.getId(), returnTo);
    }

    private void close(AccessSession session, EndReason why, Instant at) {
        int closed = em.createQuery("update AccessSession s set s.endedAt = :at, s.endReason = :why "
                        + "where s.id = :id and s.endedAt is null")
                .setParameter("at", at)
                .setParameter("why", why)
                .setParameter("id", session.getId())
                .executeUpdate();
        if (closed == 1) {
            audit.record(AuditEvent.of(AuditType.ACCESS_ENDED).actor(session.getRealUserId())
                    .effectiveUser(session.getEffectiveUserId()).accessSession(session.getId())
                    .portal(session.getPortalId()).client(session.getClientId()).detail(why.label()));
        }
    }

    /** Why a running visit may no longer go on, if so. */
    private Optional<String> revocation(AccessSession session) {
        ClientAccount client = em.find(ClientAccount.class, session.getClientId());
        if (client == null || !client.isAllowPartnerLogin()) {
            return Optional.of("the client stopped partner login");
        }
        if (clients.find(session.getPortalId(), session.getRealUserId(), session.getClientId()).isEmpty()) {
            return Optional.of("the client is no longer in the person's portal scope");
        }
        Optional<ClientMembership> membership = membershipOf(session.getEffectiveUserId(), session.getClientId());
        if (membership.isEmpty() || !membership.get().isActive() || !membership.get().getUser().isActive()) {
            return Optional.of("the membership used is no longer active");
        }
        return Optional.empty();
    }

    private boolean restricted(long portalId, long userId) {
        return em.createQuery("select m.restricted from PortalMembership m where m.portal.id = :portal "
                        + "and m.user.id = :user", Boolean.class)
                .setParameter("portal", portalId)
                .setParameter("user", userId)
                .getResultStream().findFirst().orElse(true);
    }

    private Optional<ClientMembership> membershipOf(long userId, long clientId) {
        return em.createQuery("select m from ClientMembership m join fetch m.user where m.user.id = :user "
                        + "and m.client.id = :client", ClientMembership.class)
                .setParameter("user", userId)
                .setParameter("client", clientId)
                .getResultStream().findFirst();
    }

    /** The client's members as sign-in-as targets, or just one of them; three queries whatever their number. */
    private List<SignInChoice> choicesFor(ClientAccount client, long realUserId, Optional<Long> only) {
        var query = em.createQuery("select m from ClientMembership m join fetch m.user u "
                        + "where m.client.id = :client" + (only.isPresent() ? " and u.id = :only" : "")
                        + " order by u.lastName, u.firstName, u.id", ClientMembership.class)
                .setParameter("client", client.getId())
                .setMaxResults(MAX_CHOICES);
        only.ifPresent(id -> query.setParameter("only", id));
        List<ClientMembership> members = query.getResultList();
        if (members.isEmpty()) {
            return List.of();
        }
        List<Long> ids = members.stream().map(m -> m.getUser().getId()).toList();
        Set<Long> operators = new HashSet<>(em.createQuery("select o.user.id from PlatformOperator o "
                + "where o.active = true and o.user.id in :ids", Long.class).setParameter("ids", ids).getResultList());
        // An invitation to a portal not accepted yet changes nothing of the person's standing.
        Set<Long> portalMembers = new HashSet<>(em.createQuery("select m.user.id from PortalMembership m "
                + "where m.user.id in :ids and m.awaitingAcceptance = false", Long.class).setParameter("ids", ids).getResultList());
        Instant now = clock.instant();
        return members.stream().map(m -> {
            User user = m.getUser();
            TargetCheck check = new TargetCheck(user.getId() == realUserId, operators.contains(user.getId()),
                    portalMembers.contains(user.getId()) || m.isPartner(), m.isActive() && user.isActive(),
                    user.isLocked(now), user.isMustChangePassword(), m.getRole(), client.getPartnerRoleCap());
            return new SignInChoice(user.getId(), user.getDisplayName(), user.getEmail(), m.getRole(),
                    check.refusal().orElse(null));
        }).toList();
    }

    private AccessRefused refuse(long portalId, long realUserId, long clientId, AccessMode mode, String why) {
        LOG.info(() -> "Refused sign-in " + mode.label() + " of user " + realUserId + " to client " + clientId + ": " + why);
        audit.recordAlways(AuditEvent.of(AuditType.ACCESS_REFUSED).actor(realUserId).portal(portalId).client(clientId)
                .detail("Sign in " + mode.label() + ": " + why));
        return new AccessRefused(why);
    }
}
