package org.switchboard.testsupport.web;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail as the real SMTP server the application's mail session sends to in the tests
 * (127.0.0.1:2525, see post-boot-test-h2.asadmin), one per test class.
 */
public final class Smtp {

    public static final int PORT = 2525;

    private Smtp() {
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }
}
