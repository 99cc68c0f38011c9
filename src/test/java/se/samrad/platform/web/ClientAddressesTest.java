package se.samrad.platform.web;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpRequestWrapper;
import io.micronaut.http.MutableHttpRequest;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Rate limits key on the address this resolves: what a client writes into a header must never decide it. */
class ClientAddressesTest {

    private static final ClientAddresses NO_PROXY = new ClientAddresses("", List.of());
    private static final ClientAddresses BEHIND_PROXY = new ClientAddresses("X-Forwarded-For",
            List.of("10.0.0.0/8", "192.0.2.7"));

    @Test
    void withoutAConfiguredProxyTheSocketAddressIsTheClient() {
        assertEquals("203.0.113.5", NO_PROXY.resolve(request("203.0.113.5",
                "X-Forwarded-For", "198.51.100.1")));
        assertEquals("203.0.113.5", NO_PROXY.resolve(request("203.0.113.5",
                "Forwarded", "for=198.51.100.1")));
        assertEquals("203.0.113.5", NO_PROXY.resolve(request("203.0.113.5", "X-Real-IP", "198.51.100.1")));
    }

    @Test
    void theHeaderIsBelievedOnlyFromATrustedProxy() {
        assertEquals("198.51.100.1", BEHIND_PROXY.resolve(request("10.1.2.3", "X-Forwarded-For", "198.51.100.1")));
        assertEquals("203.0.113.5", BEHIND_PROXY.resolve(request("203.0.113.5",
                "X-Forwarded-For", "198.51.100.1")), "a client calling the server directly cannot choose its address");
        assertEquals("192.0.2.7", BEHIND_PROXY.resolve(request("192.0.2.7")), "no header: the proxy itself");
    }

    @Test
    void whatTheClientPutInFrontOfTheProxysEntryIsIgnored() {
        // The client sent "X-Forwarded-For: 1.1.1.1"; the proxy appended the address it saw.
        assertEquals("198.51.100.1", BEHIND_PROXY.resolve(request("10.1.2.3",
                "X-Forwarded-For", "1.1.1.1, 198.51.100.1")));
        // Two trusted proxies in a row: the first address neither of them is.
        assertEquals("198.51.100.1", BEHIND_PROXY.resolve(request("10.1.2.3",
                "X-Forwarded-For", "1.1.1.1, 198.51.100.1, 10.9.9.9")));
        // Garbage where an address should be: the last hop that can be believed.
        assertEquals("10.9.9.9", BEHIND_PROXY.resolve(request("10.1.2.3",
                "X-Forwarded-For", "evil.example, 10.9.9.9")));
    }

    @Test
    void forwardedHeaderWithPortsAndIpv6() {
        ClientAddresses forwarded = new ClientAddresses("Forwarded", List.of("10.0.0.0/8"));
        assertEquals("198.51.100.1", forwarded.resolve(request("10.0.0.1",
                "Forwarded", "for=1.1.1.1, for=198.51.100.1:4711;proto=https")));
        assertEquals("2001:db8:0:0:0:0:0:1", forwarded.resolve(request("10.0.0.1",
                "Forwarded", "for=\"[2001:db8::1]:4711\"")));
    }

    @Test
    void ipv6ClientsAreLimitedByTheirSlash64() {
        assertEquals("2001:db8:1:2::/64", NO_PROXY.limitKey(request("2001:db8:1:2:aaaa::1")));
        assertEquals("2001:db8:1:2::/64", NO_PROXY.limitKey(request("2001:db8:1:2:bbbb::7")));
        assertEquals("203.0.113.5", NO_PROXY.limitKey(request("203.0.113.5")));
    }

    @Test
    void aProxyHeaderWithoutTrustedAddressesOrABadRangeStopsTheStart() {
        assertThrows(ConfigurationException.class, () -> new ClientAddresses("X-Forwarded-For", List.of()));
        assertThrows(ConfigurationException.class, () -> new ClientAddresses("X-Forwarded-For", List.of("proxy.local")));
        assertThrows(ConfigurationException.class, () -> new ClientAddresses("X-Forwarded-For", List.of("10.0.0.0/33")));
    }

    private static HttpRequest<?> request(String socket, String... headers) {
        MutableHttpRequest<Object> request = HttpRequest.GET("/login");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        InetSocketAddress remote = new InetSocketAddress(socket, 40_000);
        return new HttpRequestWrapper<>(request) {
            @Override
            public InetSocketAddress getRemoteAddress() {
                return remote;
            }
        };
    }
}
