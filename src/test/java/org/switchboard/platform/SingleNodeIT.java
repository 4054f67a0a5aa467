package org.switchboard.platform;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.testsupport.Timers;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server runs as one node without Hazelcast (as the tests and the run command start it): the
 * schedules that send mail, move money and end visits must still be armed. The payout batch job and
 * mail delivery themselves are proved by EarningsIT and the mail tests on this same server.
 */
@ExtendWith(ArquillianExtension.class)
class SingleNodeIT {

    @Inject
    Timers timers;

    @Test
    void everyScheduleOfTheApplicationIsArmedWithoutHazelcast() {
        List<String> armed = timers.armed();
        for (String schedule : List.of("Send due outbox mail", "Release earnings past their hold", "Monthly payout run",
                "Close abandoned partner visits", "Expire trials and renew subscriptions", "Recount the Accounts page figures")) {
            assertTrue(armed.contains(schedule), schedule + " among " + armed);
        }
    }
}
