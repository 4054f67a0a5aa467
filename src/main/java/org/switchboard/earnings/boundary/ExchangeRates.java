package org.switchboard.earnings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.earnings.entity.ExchangeRate;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.security.Roles;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The stored exchange-rate table. A sale in another currency than its portal's plan is converted at
 * the rate in force on the sale's date; when there is none the earning waits (see {@link HeldSales})
 * rather than use a guess, such as an older or inverted rate.
 */
@Stateless
public class ExchangeRates {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    HeldSales held;

    @Inject
    Clock clock;

    /** How much one unit of {@code from} is in {@code to} on a date: 1 for the same currency. */
    public Optional<BigDecimal> rateOn(String from, String to, LocalDate date) {
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        return em.createQuery("select r.rate from ExchangeRate r where r.fromCurrency = :from and r.toCurrency = :to "
                        + "and r.validFrom <= :date order by r.validFrom desc", BigDecimal.class)
                .setParameter("from", from).setParameter("to", to).setParameter("date", date)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @RolesAllowed(Roles.OPERATOR)
    public List<ExchangeRate> all() {
        return em.createQuery("select r from ExchangeRate r order by r.fromCurrency, r.toCurrency, r.validFrom desc",
                ExchangeRate.class).setMaxResults(1_000).getResultList();
    }

    /**
     * Adds a rate and works out the earnings that were waiting for it. Returns how many held sales
     * were earned.
     */
    @RolesAllowed(Roles.OPERATOR)
    public int add(long operatorUserId, String from, String to, LocalDate validFrom, BigDecimal rate) {
        String source = currency(from);
        String target = currency(to);
        if (source.equals(target)) {
            throw new Refused("Choose two different currencies.");
        }
        if (validFrom == null) {
            throw new Refused("Enter the date the rate applies from.");
        }
        if (rate == null || rate.signum() <= 0) {
            throw new Refused("A rate is greater than zero.");
        }
        if (rate.scale() > 8 || rate.precision() - rate.scale() > 10) {
            throw new Refused("A rate has at most 10 digits before and 8 after the decimal point.");
        }
        boolean exists = !em.createQuery("select r.id from ExchangeRate r where r.fromCurrency = :from "
                        + "and r.toCurrency = :to and r.validFrom = :date", Long.class)
                .setParameter("from", source).setParameter("to", target).setParameter("date", validFrom)
                .getResultList().isEmpty();
        if (exists) {
            throw new Refused("There is a " + source + " to " + target + " rate from " + validFrom
                    + " already; rates that may have been used are never changed. Enter a rate from a later date.");
        }
        em.persist(new ExchangeRate(source, target, validFrom, rate, operatorUserId, clock.instant()));
        em.flush();
        audit.record(AuditEvent.of(AuditType.EXCHANGE_RATE_ADDED).actor(operatorUserId)
                .subject(source + "/" + target).detail(rate.toPlainString() + " from " + validFrom));
        return held.earnWaiting();
    }

    private static String currency(String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            return Currency.getInstance(upper).getCurrencyCode();
        } catch (IllegalArgumentException unknown) {
            throw new Refused((upper.isEmpty() ? "An empty code" : upper) + " is not a currency code.");
        }
    }
}
