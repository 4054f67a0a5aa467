package org.switchboard.access.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.switchboard.access.entity.PartnerLoginConsent;
import org.switchboard.account.control.AccountSearch;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.client.boundary.ActivityLog;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Written consent to partner login, as platform operators record it. Recording consent is the only
 * way an operator turns partner login on for a client; turning it off stays the client's own call.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class ConsentRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ActivityLog activity;

    @Inject
    AuditLog audit;

    /** Clients whose name starts with the text (or every client), by name, across all portals. */
    public List<ConsentRow> clients(String text, int first, int max) {
        TypedQuery<Object[]> query = em.createQuery("select c.id, c.name, p.name, c.allowPartnerLogin, c.demo "
                + "from ClientAccount c left join c.portal p" + where(text) + " order by c.nameKey, c.id", Object[].class);
        bind(query, text);
        List<Object[]> rows = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, PartnerLoginConsent> latest = new HashMap<>();
        em.createQuery("select k from PartnerLoginConsent k where k.clientId in :ids order by k.recordedAt, k.id",
                        PartnerLoginConsent.class)
                .setParameter("ids", rows.stream().map(row -> (Long) row[0]).toList())
                .getResultList()
                .forEach(consent -> latest.put(consent.getClientId(), consent));
        return rows.stream().map(row -> {
            PartnerLoginConsent consent = latest.get((Long) row[0]);
            return new ConsentRow((Long) row[0], (String) row[1], (String) row[2], (Boolean) row[3],
                    consent == null ? null : consent.getGivenBy(), consent == null ? null : consent.getGivenOn(),
                    (Boolean) row[4]);
        }).toList();
    }

    public long count(String text) {
        TypedQuery<Long> query = em.createQuery("select count(c) from ClientAccount c" + where(text), Long.class);
        bind(query, text);
        return query.getSingleResult();
    }

    /** Records who at the client gave written consent, and turns partner login on. */
    public void record(long clientId, long operatorUserId,
                       @NotBlank(message = "Say who at the client gave consent.")
                       @Size(max = 200, message = "Keep the name under 200 characters.") String givenBy,
                       @NotNull(message = "Give the date of the written consent.")
                       @PastOrPresent(message = "Consent cannot be dated in the future.") LocalDate givenOn,
                       @Size(max = 1000, message = "Keep the note under 1,000 characters.") String note) {
        ClientAccount client = em.find(ClientAccount.class, clientId);
        if (client == null) {
            throw new NotFound("No such client account.");
        }
        if (client.isDemo()) {
            throw new Refused(client.getName() + " is a portal's own demo account: partner login needs no client's consent.");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        em.persist(new PartnerLoginConsent(clientId, givenBy.strip(), givenOn, cleanNote, operatorUserId, clock.instant()));
        String detail = "Written consent from " + givenBy.strip() + " on " + givenOn + (cleanNote == null ? "" : ": " + cleanNote);
        if (!client.isAllowPartnerLogin()) {
            client.allowPartnerLogin(true);
            activity.record(client, operatorUserId, ActivityType.SETTINGS_CHANGED,
                    "Partner login allowed on the client's written consent");
        }
        audit.record(AuditEvent.of(AuditType.PARTNER_LOGIN_CONSENT_RECORDED).actor(operatorUserId).client(clientId)
                .portal(client.getPortal() == null ? null : client.getPortal().getId()).detail(detail));
    }

    private static String where(String text) {
        return text == null || text.isBlank() ? "" : " where c.nameKey >= :from and c.nameKey < :to and c.nameKey like :prefix";
    }

    private static void bind(TypedQuery<?> query, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        AccountSearch search = AccountSearch.everything().with(text, null, null);
        query.setParameter("from", search.prefixRange()[0])
                .setParameter("to", search.prefixRange()[1])
                .setParameter("prefix", search.prefixPattern());
    }
}
