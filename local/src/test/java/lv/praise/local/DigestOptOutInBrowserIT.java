package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.praise.adapter.HashKeys;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.digest.DigestOptOutToken;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The weekly digest's opt-out page in a real browser on the local run: opening the link changes nothing (a mail
 * client's link scanner opens links), the button opts the contact out, an edited link says it is not valid and
 * writes nothing. At a phone's width in Latvian and at a desktop's in English.
 */
class DigestOptOutInBrowserIT extends BrowserSession {
    private static final Duration WAIT = Duration.ofSeconds(15);

    /** The local run's hasher: its dev key, which the server sets for its functions. */
    private static KeyedHasher hasher() {
        return new KeyedHasher(System.getProperty(HashKeys.DEV_KEY_SETTING));
    }

    /** A contact as docs/insight.md lays it out (the sign-in part writes them; not yet on this branch). */
    private static String contact(String participantId, String email) {
        String hash = hasher().hash(email);
        server.dynamo().putItem(r -> r.tableName(server.tableName()).item(Map.of(
                "PK", AttributeValue.fromS("CAMPAIGN#" + server.campaignYear()),
                "SK", AttributeValue.fromS("CONTACT#" + participantId + "#" + hash),
                "type", AttributeValue.fromS("CONTACT"), "participantId", AttributeValue.fromS(participantId),
                "email", AttributeValue.fromS(email), "emailHash", AttributeValue.fromS(hash),
                "addedAt", AttributeValue.fromS("2027-02-20T10:00:00Z"), "addedBy", AttributeValue.fromS("test"))));
        return hash;
    }

    private static Map<String, AttributeValue> item(String participantId, String hash) {
        return server.dynamo().getItem(r -> r.tableName(server.tableName()).consistentRead(true).key(Map.of(
                "PK", AttributeValue.fromS("CAMPAIGN#" + server.campaignYear()),
                "SK", AttributeValue.fromS("CONTACT#" + participantId + "#" + hash)))).item();
    }

    private static String status() {
        return driver.findElement(By.id("opt-out-result")).getAttribute("data-status");
    }

    private static void open(String lang, String token) {
        driver.get(server.baseUrl() + "/my/opt-out.html?lang=" + lang + (token == null ? "" : "&token=" + token));
        // The strings are in once the button has its label (the page posts nothing by itself).
        new WebDriverWait(driver, WAIT).until(d -> !d.findElement(By.id("opt-out-result")).getText().isBlank());
    }

    @Test
    void openingTheLinkChangesNothingAndTheButtonOptsTheContactOut() {
        List<String> ids = server.participantIds();
        String email = "digest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.lv";
        String hash = contact(ids.get(0), email);
        String otherHash = contact(ids.get(1), email);
        String token = new DigestOptOutToken(server.campaignYear(), ids.get(0), hash).encode(hasher());

        chromium.viewport(360, 740, true);
        open("lv", token);
        assertEquals("ask", status());
        assertEquals("Vairs nesaņemt iknedēļas uzslavu vēstuli?", driver.findElement(By.id("opt-out-result")).getText());
        assertFalse(item(ids.get(0), hash).containsKey("digestOptOut"), "opening the link opts nobody out");

        driver.findElement(By.id("opt-out-button")).click();
        new WebDriverWait(driver, WAIT).until(d -> "done".equals(status()));
        assertEquals("Vēstuli vairs nesūtīsim", driver.findElement(By.id("opt-out-result")).getText());
        assertFalse(driver.findElement(By.id("opt-out-button")).isDisplayed());
        assertTrue(item(ids.get(0), hash).get("digestOptOut").bool());
        assertFalse(item(ids.get(1), otherHash).containsKey("digestOptOut"), "the same address elsewhere is untouched");

        // The link of participant 0 edited into participant 1: not valid, nothing written.
        String edited = Base64.getUrlEncoder().withoutPadding().encodeToString((server.campaignYear() + "." + ids.get(1)
                + "." + otherHash).getBytes(StandardCharsets.UTF_8)) + token.substring(token.indexOf('.'));
        chromium.viewport(1280, 900, false);
        open("en", edited);
        assertEquals("Stop getting the weekly praise e-mail?", driver.findElement(By.id("opt-out-result")).getText());
        driver.findElement(By.id("opt-out-button")).click();
        new WebDriverWait(driver, WAIT).until(d -> "invalid_token".equals(status()));
        assertEquals("The link is not valid", driver.findElement(By.id("opt-out-result")).getText());
        assertFalse(item(ids.get(1), otherHash).containsKey("digestOptOut"));

        // No token at all: the bad-link state at once, no button.
        open("et", null);
        assertEquals("invalid_token", status());
        assertFalse(driver.findElement(By.id("opt-out-button")).isDisplayed());
    }
}
