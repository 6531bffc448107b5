package lv.praise.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who a sender is for the per-address limit: an IPv4 address as itself, an IPv6 address by its /64.
 *
 * <p>Why /64: an IPv6 subscriber (a home line, a phone on a carrier) is given a whole /64 or more, and
 * picks a fresh address in it at will (privacy extensions), so counting single IPv6 addresses would
 * let one person praise without limit. An IPv4 address mapped into IPv6 ({@code ::ffff:192.0.2.1}) is
 * that IPv4 address. Only literal addresses are read – never a host name, so nothing is ever looked up.
 *
 * @param limitKey what the counter is keyed by (before the keyed hash): {@code 192.0.2.1} or
 *                 {@code 2001:db8:1:2::/64}
 */
public record SenderIpAddress(String limitKey) {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    /**
     * The sender of a literal IPv4 or IPv6 address (IPv6 without brackets, zone or prefix length);
     * empty for anything else, which then counts as an unknown sender.
     */
    public static Optional<SenderIpAddress> parse(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String text = address.strip();
        InetAddress parsed;
        try {
            if (IPV4.matcher(text).matches()) {
                parsed = InetAddress.getByName(text);
            } else if (text.indexOf(':') >= 0 && IPV6_CHARS.matcher(text).matches()) {
                // With a colon the JDK reads an IPv6 literal or refuses it: no name look-up.
                parsed = InetAddress.getByName(text);
            } else {
                return Optional.empty();
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        // The JDK already turns a v4-mapped IPv6 literal into its IPv4 address.
        if (parsed instanceof Inet4Address v4) {
            return Optional.of(new SenderIpAddress(v4.getHostAddress()));
        }
        if (parsed instanceof Inet6Address v6) {
            byte[] bytes = v6.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int group = 0; group < 4; group++) {
                int value = ((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff);
                prefix.append(Integer.toHexString(value)).append(':');
            }
            return Optional.of(new SenderIpAddress(prefix.append(":/64").toString()));
        }
        return Optional.empty();
    }
}
