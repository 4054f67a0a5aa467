package org.switchboard.testsupport;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The one server that all test classes share: the runner's filter sees which class runs, so the
 * static test state is put back between classes (see {@link ResetBetweenClasses}).
 */
@ExtendWith(ArquillianExtension.class)
class SharedServerIT {

    @Test
    void theResetFilterSeesTheClassThatRunsNow() {
        assertEquals(SharedServerIT.class.getName(), ResetBetweenClasses.lastClass(),
                "the filter must sit in front of the in-container runner, or nothing is reset between classes");
    }
}
