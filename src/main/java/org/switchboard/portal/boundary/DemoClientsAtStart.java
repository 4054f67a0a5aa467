package org.switchboard.portal.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives the portals made before demo accounts existed theirs. It runs shortly after start-up, off
 * the deployment's path, one portal per transaction, so that a failure costs one portal (retried
 * at the next start) and a large database starts as fast as before. Two servers doing it at once
 * are harmless: each portal's row is locked while its demo account is made, and a portal that has
 * one keeps it.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class DemoClientsAtStart {

    private static final Logger LOG = Logger.getLogger(DemoClientsAtStart.class.getName());
    private static final int BATCH = 100;

    @Resource
    TimerService timers;

    @Inject
    DemoClients demoClients;

    /** Portals made since start-up got theirs where they were made; this step is only for older ones. */
    private final java.time.Instant startedAt = java.time.Instant.now();

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(5_000, new TimerConfig("Give older portals their demo accounts", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fill() {
        int made = 0;
        List<Long> portals;
        while (!(portals = demoClients.portalsWithout(startedAt, BATCH)).isEmpty()) {
            int before = made;
            for (long portalId : portals) {
                try {
                    demoClients.createFor(portalId);
                    made++;
                } catch (RuntimeException failure) {
                    LOG.log(Level.WARNING, "No demo account for portal " + portalId + " yet", failure);
                }
            }
            if (made == before) {
                break;
            }
        }
        int total = made;
        LOG.info(() -> "Gave " + total + " older portals their demo accounts");
    }
}
