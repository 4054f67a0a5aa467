package org.switchboard.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.billing.boundary.SalesLedger;
import org.switchboard.billing.entity.Sale;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.billing.entity.Subscription;
import org.switchboard.client.boundary.ActivityLog;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.earnings.control.CommissionTerms;
import org.switchboard.earnings.entity.Earning;
import org.switchboard.platform.kernel.Money;
import org.switchboard.testsupport.TestData;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Story: someone with the database's credentials (a support script, a hand-typed statement, a
 * compromised job) rewrites a ledger to hide what happened or to move money. On PostgreSQL the
 * database refuses it by trigger, whatever the SQL. H2, the embedded demo database, has no such
 * guard (its triggers are Java classes on the server's own class path), so these run on PostgreSQL
 * only (the "postgresql" group, which -Ppostgresql runs).
 *
 * The sale is dated 2091: its earning is never due, so no payout run of another class pays it.
 */
@Tag("postgresql")
@ExtendWith(ArquillianExtension.class)
class LedgerTamperingIT {

    private static final String REFUSED = "42501";

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    TestData data;

    @Inject
    SalesLedger sales;

    @Inject
    AuditLog audit;

    @Inject
    ActivityLog activity;

    private Portal portal;
    private ClientAccount client;

    @BeforeEach
    void onPostgreSql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName(),
                    "the ledgers are guarded by PostgreSQL triggers; run this group with -Ppostgresql");
        }
        portal = data.portal(PortalKind.CHANNEL_PARTNER);
        client = data.client(portal, ClientStatus.ACTIVE);
    }

    @Test
    void rewritingOrDeletingAnAuditEventIsRefused() throws SQLException {
        String subject = TestData.unique("audited");
        audit.recordAlways(AuditEvent.of(AuditType.PARTNER_LOGIN_CONSENT_CHANGED).portal(portal.getId()).subject(subject)
                .detail("what really happened"));
        long id = idOf("SELECT id FROM audit_event WHERE subject = ?", subject);

        assertRefused("UPDATE audit_event SET detail = 'nothing happened' WHERE id = ?", id);
        assertRefused("DELETE FROM audit_event WHERE id = ?", id);
        assertRefused("TRUNCATE audit_event");
        assertEquals("what really happened", text("SELECT detail FROM audit_event WHERE id = ?", id));
    }

    @Test
    void changingASaleOrAnEarningsAmountIsRefusedWhileItsStatusStillMoves() throws SQLException {
        Earning earning = sellAndEarn();
        long saleId = earning.getSaleId();

        assertRefused("UPDATE sale SET amount = 1.00 WHERE id = ?", saleId);
        assertRefused("UPDATE sale SET portal_id = NULL WHERE id = ?", saleId);
        assertRefused("DELETE FROM sale WHERE id = ?", saleId);
        assertRefused("UPDATE earning SET amount = 9999.00 WHERE id = ?", earning.getId());
        assertRefused("UPDATE earning SET portal_id = portal_id + 1 WHERE id = ?", earning.getId());
        assertRefused("DELETE FROM earning WHERE id = ?", earning.getId());
        assertEquals("40.00", text("SELECT amount FROM earning WHERE id = ?", earning.getId()));

        assertEquals(1, update("UPDATE earning SET status = 'AVAILABLE' WHERE id = ?", earning.getId()),
                "the payout run's own moves still work");
        assertEquals(1, update("UPDATE earning SET status = 'PENDING' WHERE id = ?", earning.getId()));
    }

    @Test
    void withdrawingARecordOfWrittenConsentIsRefused() throws SQLException {
        data.consent(client, "A director");
        long id = idOf("SELECT id FROM partner_login_consent WHERE client_id = ?", client.getId());

        assertRefused("UPDATE partner_login_consent SET given_by = 'Nobody' WHERE id = ?", id);
        assertRefused("DELETE FROM partner_login_consent WHERE id = ?", id);
    }

    @Test
    void erasingOrRewritingAClientsActivityIsRefusedButItMovesWithTheClient() throws SQLException {
        activity.record(client, null, ActivityType.SETTINGS_CHANGED, "Kept for the record");
        long id = idOf("SELECT id FROM activity_event WHERE client_id = ?", client.getId());

        assertRefused("UPDATE activity_event SET summary = 'Something else' WHERE id = ?", id);
        assertRefused("DELETE FROM activity_event WHERE id = ?", id);
        Portal next = data.portal(PortalKind.SERVICE_PROVIDER);
        assertEquals(1, update("UPDATE activity_event SET portal_id = " + next.getId() + " WHERE id = ?", id),
                "a client moving to another partner takes its history along");
    }

    private Earning sellAndEarn() {
        Subscription subscription = data.subscription(client, "growth", 5);
        CommissionTerms terms = new CommissionTerms(Map.of(SaleType.NEW, new BigDecimal("20"),
                SaleType.RENEWAL, new BigDecimal("10"), SaleType.UPGRADE, new BigDecimal("20")), List.of(),
                Money.of("250.00", "EUR"), 30, 90, Money.of("100.00", "EUR"));
        data.commissionPlan(portal, LocalDate.of(2024, 1, 1), terms);
        sales.record(new Sale(TestData.unique("NEW"), SaleType.NEW, portal.getId(), client.getId(), subscription.getId(),
                Money.of("200.00", "EUR"), LocalDate.of(2091, 3, 1).atTime(12, 0).toInstant(ZoneOffset.UTC),
                "A sale to tamper with", null));
        List<Earning> earnings = data.all(Earning.class, "e.portalId = ?1", portal.getId());
        assertEquals(1, earnings.size());
        return earnings.get(0);
    }

    private void assertRefused(String sql, Object... parameters) {
        SQLException refused = assertThrows(SQLException.class, () -> update(sql, parameters), sql);
        assertEquals(REFUSED, refused.getSQLState(), refused.getMessage());
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private long idOf(String sql, Object parameter) throws SQLException {
        return Long.parseLong(text(sql, parameter));
    }

    private String text(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepared(connection, sql, parameter);
             var rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
