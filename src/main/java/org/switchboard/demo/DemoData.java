package org.switchboard.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the demo portals, clients and logins when, and only when, the setting
 * {@code switchboard.demo-data=true} asks for it (the README's run command sets it) and the database
 * has no people yet: a production database, which has people, is never touched.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "switchboard.demo-data", defaultValue = "false")
    boolean wanted;

    @Inject
    DemoAccounts accounts;

    @Inject
    DemoEarnings earnings;

    private volatile boolean settled;

    @PostConstruct
    void load() {
        try {
            if (!wanted) {
                return;
            }
            if (!accounts.databaseIsEmpty()) {
                LOG.info("Demo data requested, but the database already has people: left as it is");
                return;
            }
            accounts.create();
            earnings.create();
            earnings.payPastMonths();
            LOG.info("Demo data loaded; every demo login uses the password " + DemoAccounts.PASSWORD);
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Demo data could not be loaded", failure);
        } finally {
            settled = true;
        }
    }

    public boolean isSettled() {
        return settled;
    }
}
