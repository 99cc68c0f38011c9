package se.samrad.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one place that says which address a request comes from (for rate limits and anything else keyed by
 * client). It is the socket's peer address, unless a proxy header is configured ({@code samrad.proxy.header}, env
 * {@code SAMRAD_PROXY_HEADER}: {@code X-Forwarded-For}, {@code Forwarded} or {@code X-Real-IP}) and the request
 * comes from one of the configured proxies ({@code samrad.proxy.trusted-addresses}, env
 * {@code SAMRAD_TRUSTED_PROXIES}: addresses or CIDR ranges, comma-separated). Then the
 * header is read from the right, past every trusted proxy, to the first address no trusted proxy vouches for:
 * what a client writes into the header itself is never believed. Replaces Micronaut's resolver, which reads
 * {@code Forwarded} and {@code X-Forwarded-For} from anyone when no header is configured.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public class ClientAddresses implements HttpClientAddressResolver {

    private final String header;
    private final List<IpSubnetFilterRule> trusted;

    public ClientAddresses(@Value("${samrad.proxy.header:}") String header,
                           @Value("${samrad.proxy.trusted-addresses:}") List<String> trustedAddresses) {
        this.header = header == null ? "" : header.trim();
        this.trusted = new ArrayList<>();
        for (String range : trustedAddresses) {
            if (!range.isBlank()) {
                trusted.add(rule(range.trim()));
            }
        }
        if (!this.header.isEmpty() && trusted.isEmpty()) {
            throw new ConfigurationException("samrad.proxy.header is set but samrad.proxy.trusted-addresses is "
                    + "empty: name the proxies whose " + this.header + " header may be believed");
        }
    }

    @Override
    public String resolve(HttpRequest request) {
        InetSocketAddress socket = request.getRemoteAddress();
        InetAddress current = socket.getAddress();
        if (current == null || header.isEmpty()) {
            return current == null ? socket.getHostString() : current.getHostAddress();
        }
        List<String> hops = hops(request);
        for (int i = hops.size() - 1; i >= 0 && isTrusted(current); i--) {
            InetAddress next = NetUtil.createInetAddressFromIpAddressString(hops.get(i));
            if (next == null) {
                break;
            }
            current = next;
        }
        return current.getHostAddress();
    }

    /**
     * The key under which the request's client is rate-limited: its address, or for IPv6 its /64 network, since
     * one subscriber is usually given a whole /64 and could otherwise take a new address for every request.
     */
    public String limitKey(HttpRequest<?> request) {
        String address = resolve(request);
        InetAddress parsed = address.indexOf(':') < 0 ? null : NetUtil.createInetAddressFromIpAddressString(address);
        if (parsed == null || parsed.getAddress().length != 16) {
            return address;
        }
        byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
        Arrays.fill(network, 8, 16, (byte) 0);
        return NetUtil.bytesToIpAddress(network) + "/64";
    }

    /** Whether the address is one of the configured proxies. */
    boolean isTrusted(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return trusted.stream().anyMatch(rule -> rule.matches(socket));
    }

    /** The addresses in the configured header, client first, each without port, brackets or quotes. */
    private List<String> hops(HttpRequest<?> request) {
        boolean forwarded = header.equalsIgnoreCase("Forwarded");
        List<String> hops = new ArrayList<>();
        for (String value : request.getHeaders().getAll(header)) {
            for (String element : value.split(",")) {
                String hop = forwarded ? forParameter(element) : element.trim();
                hops.add(stripPort(hop));
            }
        }
        return hops;
    }

    /** The {@code for=} parameter of one element of an RFC 7239 {@code Forwarded} header. */
    private static String forParameter(String element) {
        for (String pair : element.split(";")) {
            String trimmed = pair.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("for=")) {
                return trimmed.substring(4).replace("\"", "").trim();
            }
        }
        return "";
    }

    private static String stripPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    private static IpSubnetFilterRule rule(String range) {
        int slash = range.indexOf('/');
        String ip = slash < 0 ? range : range.substring(0, slash);
        InetAddress address = NetUtil.createInetAddressFromIpAddressString(ip);
        if (address == null) {
            throw new ConfigurationException("samrad.proxy.trusted-addresses: not an address or CIDR range: " + range);
        }
        int bits = address.getAddress().length * 8;
        try {
            int prefix = slash < 0 ? bits : Integer.parseInt(range.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new NumberFormatException(range);
            }
            return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
        } catch (NumberFormatException e) {
            throw new ConfigurationException("samrad.proxy.trusted-addresses: bad prefix length in " + range);
        }
    }
}
