package lv.praise.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KeyedHasherTest {
    private final KeyedHasher hasher = new KeyedHasher("k".repeat(32));

    @Test
    void theSameAddressInAnyCaseGivesTheSameHash() {
        assertEquals(hasher.hash("Anna.Berzina@Example.LV"), hasher.hash(" anna.berzina@example.lv"));
        assertNotEquals(hasher.hash("anna@example.lv"), hasher.hash("janis@example.lv"));
    }

    @Test
    void everyFormOfOneMailboxGivesOneHash() {
        for (String variant : EmailAddressTest.ONE_GMAIL_MAILBOX) {
            assertEquals(hasher.hash("stuffersec@gmail.com"), hasher.hash(variant), variant);
        }
        assertEquals(hasher.hash("anna@example.lv"), hasher.hash("Anna+x@example.lv"));
    }

    @Test
    void theHashDependsOnTheKeyAndHidesTheAddress() {
        String hash = hasher.hash("anna@example.lv");
        assertNotEquals(hash, new KeyedHasher("j".repeat(32)).hash("anna@example.lv"));
        assertFalse(hash.contains("anna"));
        assertEquals(64, hash.length());
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new KeyedHasher("short"));
    }
}
