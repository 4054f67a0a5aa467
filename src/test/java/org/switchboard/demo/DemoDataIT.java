package org.switchboard.demo;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo data as the README promises it: it loads, and every demo login works and lands where
 * the README's table says. The only test class that signs in with the demo logins; it changes none
 * of them (no wrong passwords, no password changes), so it passes on any run against the same data.
 * The suite's server loads the demo data once at start-up; no other test may depend on it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoDataIT {

    private static final String PASSWORD = "switchboard-demo";

    @ArquillianResource
    URL deployment;

    private Page landingOf(WebClient browser, String email) {
        Page answer = browser.login(email, PASSWORD);
        assertEquals(302, answer.status(), "login of " + email);
        return browser.open("home.xhtml");
    }

    private Page landingOf(String email) {
        return landingOf(new WebClient(deployment), email);
    }

    @Test
    void theDemoDataIsLoadedAndTheServerIsUp() {
        Page health = new WebClient(deployment).get("/health");
        assertEquals(200, health.status(), health.body());
        assertTrue(health.contains("UP"));
        assertEquals("9", new WebClient(deployment).support("scalar", "jpql",
                "select count(u) from User u where u.email in ('sam.north@northwind.example', 'pat.lee@northwind.example', "
                        + "'nia.new@northwind.example', 'cara.bright@brightpath.example', 'gina.acme@acme-group.example', "
                        + "'olivia.ops@switchboard.example', 'alex.harbour@harbourcafe.example', 'kim.kestrel@kestrel.example', "
                        + "'lou.lumen@lumenstudios.example')"));
    }

    @Test
    void theReadmesApiTokenListsNorthwindsClients() {
        var answer = new org.switchboard.testsupport.web.ApiClient(deployment, org.switchboard.demo.DemoAccounts.API_TOKEN)
                .get("clients?q=harbour");
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.body().contains("Harbour Café"), answer.body());
    }

    @Test
    void samLandsOnNorthwindsWelcomeAndTheSwitcherListsHarbourCafe() {
        Page welcome = landingOf("sam.north@northwind.example");
        assertEquals(200, welcome.status());
        assertTrue(welcome.contains("id=\"portal-name\">Northwind Payroll Bureau<"), "Northwind's Welcome");
        assertTrue(welcome.contains("id=\"clients-total\">40<"), "forty demo clients in Northwind");
        assertTrue(welcome.contains("Harbour Café"), "the switcher lists Harbour Café too");
    }

    @Test
    void patLandsOnAWelcomeCountingHerTwoAssignedClients() {
        Page welcome = landingOf("pat.lee@northwind.example");
        assertTrue(welcome.contains("id=\"portal-name\">Northwind Payroll Bureau<"));
        assertTrue(welcome.contains("id=\"clients-total\">2<"), "Harbour Café and Maple Dental only");
    }

    @Test
    void niaIsSentToChangeHerTemporaryPassword() {
        WebClient nia = new WebClient(deployment);
        assertEquals(302, nia.login("nia.new@northwind.example", PASSWORD).status());
        assertTrue(nia.get("portal/welcome.xhtml").isRedirectTo("/change-password.xhtml"));
    }

    @Test
    void caraLandsOnBrightpathsWelcomeWithItsEarningsSnapshot() {
        Page welcome = landingOf("cara.bright@brightpath.example");
        assertTrue(welcome.contains("id=\"portal-name\">Brightpath Partners<"));
        assertTrue(welcome.contains("id=\"earnings-snapshot\""), "a channel partner's earnings snapshot");
    }

    @Test
    void ginaLandsOnAcmeGroupsWelcome() {
        Page welcome = landingOf("gina.acme@acme-group.example");
        assertTrue(welcome.contains("id=\"portal-name\">Acme Group<"));
        assertTrue(welcome.contains("Acme Hotels"), "where she is also the client admin, in the switcher");
    }

    @Test
    void oliviaLandsOnTheOperatorConsoleWithAPortalToVerify() {
        Page console = landingOf("olivia.ops@switchboard.example");
        assertEquals(200, console.status());
        assertTrue(console.contains("Portals"));
        assertTrue(console.contains("Sunrise HR Consulting"), "the pending portal");
    }

    @Test
    void theClientAdminsLandOnTheirClientsDashboards() {
        assertTrue(landingOf("alex.harbour@harbourcafe.example").contains("id=\"client-name\">Harbour Café<"));
        assertTrue(landingOf("kim.kestrel@kestrel.example").contains("id=\"client-name\">Kestrel Logistics<"));
        assertTrue(landingOf("lou.lumen@lumenstudios.example").contains("id=\"client-name\">Lumen Studios<"));
    }
}
