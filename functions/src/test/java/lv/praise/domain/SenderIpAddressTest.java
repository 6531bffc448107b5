package lv.praise.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SenderIpAddressTest {
    private static String key(String address) {
        return SenderIpAddress.parse(address).map(SenderIpAddress::limitKey).orElse(null);
    }

    @Test
    void anIpv4AddressIsItsOwnKey() {
        assertEquals("192.0.2.10", key("192.0.2.10"));
        assertEquals("198.51.100.7", key(" 198.51.100.7 "));
        assertEquals("0.0.0.0", key("0.0.0.0"));
        assertEquals("255.255.255.255", key("255.255.255.255"));
    }

    @Test
    void anIpv6AddressIsKeyedByItsSlash64WrittenOneWay() {
        String full = key("2001:0db8:0001:0002:0000:0000:0000:0007");
        assertEquals("2001:db8:1:2::/64", full);
        assertEquals(full, key("2001:db8:1:2::7"), "compressed");
        assertEquals(full, key("2001:DB8:1:2:abcd:ef01:2345:6789"), "another address of the same /64, upper case");
        assertEquals("2001:db8:1:3::/64", key("2001:db8:1:3::7"), "the next /64 is another sender");
        assertEquals("0:0:0:0::/64", key("::1"));
        assertEquals("fe80:0:0:0::/64", key("fe80::1"));
    }

    @Test
    void anIpv4AddressMappedIntoIpv6IsThatIpv4Address() {
        assertEquals("192.0.2.10", key("::ffff:192.0.2.10"));
        assertEquals("192.0.2.10", key("::FFFF:c000:020a"), "the same, written in hex");
        assertEquals("192.0.2.10", key("0:0:0:0:0:ffff:192.0.2.10"));
    }

    @Test
    void anythingButALiteralAddressIsAnUnknownSender() {
        for (String text : new String[] {null, "", " ", "localhost", "abc", "cafe", "example.lv", "192.0.2", "192.0.2.256",
                "192.0.2.10:443", "[2001:db8::1]", "2001:db8::1%eth0", "2001:db8::1/64", "2001:db8::g", "1:2:3:4:5:6:7:8:9",
                "192.0.2.10, 198.51.100.7"}) {
            assertEquals(Optional.empty(), SenderIpAddress.parse(text), String.valueOf(text));
        }
    }

    @Test
    void twoAddressesOfOneSlash64CountTogetherInTheLimit() {
        // The rule reaches the counters: SubmitPraise keys the address counter by this key's keyed hash.
        KeyedHasher hasher = new KeyedHasher(lv.praise.testkit.Fixtures.EMAIL_KEY);
        assertEquals(hasher.hashIpAddress(key("2001:db8:1:2::7")), hasher.hashIpAddress(key("2001:db8:1:2::8")));
        assertTrue(!hasher.hashIpAddress(key("2001:db8:1:2::7")).equals(hasher.hashIpAddress(key("2001:db8:1:3::7"))));
    }
}
