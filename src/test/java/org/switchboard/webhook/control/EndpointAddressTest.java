package org.switchboard.webhook.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EndpointAddressTest {

    /** A resolver of fixed answers, so the rules are tested without DNS. */
    private static final Map<String, String> NAMES = Map.of(
            "crm.example.com", "203.0.113.10",
            "metadata.attacker.example", "169.254.169.254",
            "intranet.attacker.example", "10.1.2.3",
            "rebound.attacker.example", "127.0.0.1",
            "v6local.attacker.example", "fd00::1");

    private static final EndpointAddress.Resolver FIXED = host -> {
        String address = NAMES.get(host);
        if (address == null) {
            try {
                return List.of(InetAddress.getByName(host.matches("[0-9.]+|[0-9a-f:.]+") ? host : "unresolvable.invalid"));
            } catch (UnknownHostException unknown) {
                throw unknown;
            }
        }
        return List.of(InetAddress.getByName(address));
    };

    private final EndpointAddress strict = new EndpointAddress(Set.of(), FIXED);

    @Test
    void aPublicHttpsAddressIsTaken() throws Exception {
        assertEquals("https://crm.example.com/switchboard/events?x=1",
                strict.check(" https://crm.example.com/switchboard/events?x=1 ").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://metadata.attacker.example/latest/meta-data/", "https://169.254.169.254/latest/",
            "https://intranet.attacker.example/", "https://10.0.0.5/hook", "https://192.168.1.1/hook",
            "https://172.16.0.9/hook", "https://rebound.attacker.example/", "https://127.0.0.1:4848/",
            "https://[::1]/hook", "https://v6local.attacker.example/", "https://100.64.0.1/", "https://0.0.0.0/",
            "https://[::ffff:127.0.0.1]/", "https://224.0.0.1/"})
    void anEndpointCannotPointSwitchboardAtItsOwnNetwork(String address) {
        EndpointAddress.Unusable refused = assertThrows(EndpointAddress.Unusable.class, () -> strict.check(address));
        assertTrue(refused.getMessage().contains("private or local network"), refused.getMessage());
    }

    @Test
    void plainHttpIsRefusedOutsideTrustedHosts() {
        EndpointAddress.Unusable refused = assertThrows(EndpointAddress.Unusable.class,
                () -> strict.check("http://crm.example.com/events"));
        assertTrue(refused.getMessage().contains("https://"), refused.getMessage());
    }

    @Test
    void trustedHostsMayUseHttpAndLoopbackButOnlyThey() throws Exception {
        EndpointAddress trusting = new EndpointAddress(Set.of("127.0.0.1", "localhost"), FIXED);
        assertEquals("http://127.0.0.1:9000/hook", trusting.check("http://127.0.0.1:9000/hook").toString());
        assertThrows(EndpointAddress.Unusable.class, () -> trusting.check("https://10.0.0.5/hook"));
        assertThrows(EndpointAddress.Unusable.class, () -> trusting.check("http://crm.example.com/hook"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "crm.example.com/events", "ftp://crm.example.com/", "https://user:pw@crm.example.com/",
            "https://crm.example.com/#part", "https:///nohost", "https://no such host/"})
    void malformedAddressesGetAMessage(String address) {
        EndpointAddress.Unusable refused = assertThrows(EndpointAddress.Unusable.class, () -> strict.check(address));
        assertTrue(!refused.getMessage().isBlank());
    }

    @Test
    void anUnknownHostIsRefusedWithItsName() {
        EndpointAddress.Unusable refused = assertThrows(EndpointAddress.Unusable.class,
                () -> strict.check("https://nowhere.invalid/hook"));
        assertTrue(refused.getMessage().contains("nowhere.invalid"), refused.getMessage());
    }
}
