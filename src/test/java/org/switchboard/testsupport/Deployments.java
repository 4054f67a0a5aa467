package org.switchboard.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one way tests get a deployment: the real WAR that Maven built, as it ships. In-container
 * tests add this package's helpers (test data, a clock they can move); browser tests take the WAR
 * untouched.
 */
public final class Deployments {

    private static final File WAR = new File("target/switchboard.war");

    private Deployments() {
    }

    /** The shipped WAR, for tests that drive it from outside (browser, HTTP). */
    public static WebArchive app() {
        if (!WAR.isFile()) {
            throw new IllegalStateException(WAR + " is missing: run the tests with 'mvn verify'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, WAR);
    }

    /** The shipped WAR plus the test helpers, for in-container tests. */
    public static WebArchive appWithTestSupport() {
        return app().addPackage(Deployments.class.getPackage());
    }
}
