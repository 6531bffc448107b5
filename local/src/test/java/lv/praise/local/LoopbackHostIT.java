package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Over the local run, with the Host header a DNS-rebinding page would send: every kind of path – the site, the
 * API, the token endpoint, the outbox, the API's direct address – refuses {@code Host: attacker.example} with
 * 421 before doing anything, and answers the same requests addressed to localhost, 127.0.0.1 and [::1].
 */
class LoopbackHostIT {
    private final LocalServer server = LocalServer.shared();
    private static final byte[] TOKEN_REQUEST = "{\"email\":\"anna@example.com\",\"organiser\":true}"
            .getBytes(StandardCharsets.UTF_8);

    private record Call(String method, String path, byte[] body) {
    }

    private static final List<Call> CALLS = List.of(
            new Call("GET", "/", null),
            new Call("GET", "/index.html", null),
            new Call("GET", "/api/campaign", null),
            new Call("POST", "/_local/token", TOKEN_REQUEST),
            new Call("GET", "/_local/run", null),
            new Call("GET", "/_outbox/", null));

    private RawHttp.Response send(int port, Call call, String host) throws Exception {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Host", host);
        if (call.body() != null) {
            headers.put("Content-Type", "application/json");
        }
        return new RawHttp(port).send(call.method(), call.path(), headers, call.body());
    }

    @Test
    void anotherHostIsRefusedOnEveryPath() throws Exception {
        for (String host : List.of("attacker.example", "attacker.example:" + server.port(), "localhost.attacker.example",
                "127.0.0.1.nip.io", "localhost:80@attacker.example", "")) {
            for (Call call : CALLS) {
                RawHttp.Response r = send(server.port(), call, host);
                String what = call.method() + " " + call.path() + " Host " + host;
                assertEquals(421, r.status(), what + ": " + r.text());
                assertTrue(r.text().contains("localhost"), what + ": " + r.text());
                assertFalse(r.text().contains("token"), what + " hands out nothing: " + r.text());
            }
        }
    }

    @Test
    void theApiDirectAddressRefusesAnotherHostToo() throws Exception {
        int direct = server.directApiUrl().getPort();
        RawHttp.Response r = send(direct, new Call("GET", "/api/campaign", null), "attacker.example");
        assertEquals(421, r.status(), r.text());
        assertEquals(403, send(direct, new Call("GET", "/api/campaign", null), "127.0.0.1:" + direct).status(),
                "addressed to loopback it is the gateway's own 403 edge_required");
    }

    @Test
    void loopbackNamesAreAnsweredWithOrWithoutThePort() throws Exception {
        for (String host : List.of("localhost", "localhost:" + server.port(), "LOCALHOST:" + server.port(),
                "127.0.0.1", "127.0.0.1:" + server.port(), "[::1]", "[::1]:" + server.port())) {
            assertEquals(200, send(server.port(), CALLS.get(0), host).status(), "site, Host " + host);
            assertEquals(200, send(server.port(), CALLS.get(2), host).status(), "API, Host " + host);
            RawHttp.Response token = send(server.port(), CALLS.get(3), host);
            assertEquals(200, token.status(), "token, Host " + host + ": " + token.text());
            assertTrue(token.text().contains("\"token\""), token.text());
            assertEquals(200, send(server.port(), CALLS.get(5), host).status(), "outbox, Host " + host);
        }
    }
}
