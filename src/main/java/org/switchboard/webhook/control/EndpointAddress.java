package org.switchboard.webhook.control;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether Switchboard may call an endpoint's address. Deliveries are requests our servers
 * make on a partner's say-so, so an address inside our own network (loopback, private, link-local
 * such as a cloud's metadata service) would let a partner reach what only we should (SSRF). Such
 * addresses, and plain HTTP, are refused except for the hosts an operator lists as trusted. The
 * check runs when an endpoint is saved and again before every delivery, as a name may come to
 * resolve elsewhere.
 */
public final class EndpointAddress {

    public static final int MAX_LENGTH = 2000;

    /** Looks a host up; the container's is {@link InetAddress#getAllByName}, tests give their own. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    public static final Resolver DNS = host -> List.of(InetAddress.getAllByName(host));

    /** Why an address is refused, in words for the admin who typed it. */
    public static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    private final Set<String> trustedHosts;
    private final Resolver resolver;

    /** @param trustedHosts lower-case host names or addresses that may use HTTP and private addresses */
    public EndpointAddress(Set<String> trustedHosts, Resolver resolver) {
        this.trustedHosts = trustedHosts;
        this.resolver = resolver;
    }

    /** The address as it will be called, or why not. */
    public URI check(String address) throws Unusable {
        if (address == null || address.isBlank()) {
            throw new Unusable("Enter the endpoint's address, e.g. https://crm.example.com/switchboard/events.");
        }
        String trimmed = address.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new Unusable("An endpoint's address has at most " + MAX_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException malformed) {
            throw new Unusable("That is not a web address: " + malformed.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : hostOf(uri.getHost());
        if (!scheme.equals("https") && !scheme.equals("http") || host == null || host.isEmpty()) {
            throw new Unusable("Enter a full web address starting with https://, e.g. https://crm.example.com/events.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Unusable("Leave user names and passwords out of the address: check the signature instead.");
        }
        if (uri.getRawFragment() != null) {
            throw new Unusable("An endpoint's address has no #fragment.");
        }
        boolean trusted = trustedHosts.contains(host);
        if (scheme.equals("http") && !trusted) {
            throw new Unusable("Use an https:// address: events are sent encrypted only.");
        }
        if (!trusted) {
            for (InetAddress resolved : resolve(host)) {
                if (isInternal(resolved)) {
                    throw new Unusable("The address " + host + " leads to a private or local network ("
                            + resolved.getHostAddress() + "), which Switchboard does not call.");
                }
            }
        }
        return uri;
    }

    private List<InetAddress> resolve(String host) throws Unusable {
        try {
            return resolver.resolve(host);
        } catch (UnknownHostException unknown) {
            throw new Unusable("The host " + host + " could not be found: check the address.");
        }
    }

    private static String hostOf(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }

    /** Loopback, private, link-local, carrier-grade NAT, unique-local, multicast, unspecified or reserved. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0                                   // "this network"
                    || first == 100 && second >= 64 && second < 128 // carrier-grade NAT
                    || first == 198 && (second == 18 || second == 19) // benchmarking
                    || first == 192 && second == 0 && (bytes[2] & 0xff) == 0 // IETF protocol assignments
                    || first >= 240;                            // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            return (first & 0xfe) == 0xfc                       // unique local fc00::/7
                    || isMappedInternal(bytes);
        }
        return false;
    }

    /** ::ffff:a.b.c.d written out by hand, when the runtime keeps it as an IPv6 address. */
    private static boolean isMappedInternal(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        if ((bytes[10] & 0xff) != 0xff || (bytes[11] & 0xff) != 0xff) {
            return false;
        }
        try {
            return isInternal(InetAddress.getByAddress(new byte[]{bytes[12], bytes[13], bytes[14], bytes[15]}));
        } catch (UnknownHostException impossible) {
            return true;
        }
    }
}
