package org.switchboard.testsupport;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.switchboard.testsupport.web.WebClient;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one deployment of the whole integration suite, booted once per Maven run: the real WAR that
 * Maven built, as it ships, plus this package's helpers (test data, a clock they can move) and every
 * in-container test class. Classes annotated {@link RunAsClient} (HTTP and browser tests) drive the
 * same server from outside and stay out of it: they use libraries the server does not have.
 * <p>
 * The test classes are found on disk, not listed by hand, so a new in-container class is deployed
 * without anyone remembering to; {@code .ci/run} also checks that no fewer tests ran than before.
 */
@ArquillianSuiteDeployment
public final class Deployments {

    private static final File WAR = new File("target/switchboard.war");
    private static final Path TEST_CLASSES = Path.of("target/test-classes");

    private Deployments() {
    }

    @Deployment
    static WebArchive suite() {
        WebArchive archive = app().addPackage(Deployments.class.getPackage())
                .addClasses(WebClient.class, WebClient.Page.class);
        inContainerTestClasses().forEach(archive::addClass);
        return archive;
    }

    /** The shipped WAR. */
    private static WebArchive app() {
        if (!WAR.isFile()) {
            throw new IllegalStateException(WAR + " is missing: run the tests with 'mvn verify'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, WAR);
    }

    /** Every {@code *IT} class (with its nested classes) that runs inside the server. */
    static List<Class<?>> inContainerTestClasses() {
        try (Stream<Path> files = Files.walk(TEST_CLASSES)) {
            return files.map(file -> TEST_CLASSES.relativize(file).toString())
                    .filter(name -> name.matches(".*IT(\\$.*)?\\.class"))
                    .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.')))
                    .filter(type -> !outermost(type).isAnnotationPresent(RunAsClient.class))
                    .toList();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static Class<?> outermost(Class<?> type) {
        return type.getEnclosingClass() == null ? type : outermost(type.getEnclosingClass());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Deployments.class.getClassLoader());
        } catch (ClassNotFoundException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
