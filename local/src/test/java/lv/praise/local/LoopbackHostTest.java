package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoopbackHostTest {
    @Test
    void onlyTheLoopbackNamesWithAnOptionalPort() {
        for (String host : new String[] {"localhost", "localhost:3000", "Localhost:3000", "127.0.0.1", "127.0.0.1:1",
                "[::1]", "[::1]:65535", " localhost:3000 "}) {
            assertTrue(LoopbackHost.allows(host), host);
        }
        for (String host : new String[] {null, "", "attacker.example", "localhost.", "localhost:", "localhost:x",
                "localhost:3000:1", "127.0.0.2", "127.0.0.1.attacker.example", "::1", "[::1]x", "[::2]:3000",
                "0.0.0.0", "localhost:123456", "user@localhost", "attacker.example/localhost"}) {
            assertFalse(LoopbackHost.allows(host), String.valueOf(host));
        }
    }
}
