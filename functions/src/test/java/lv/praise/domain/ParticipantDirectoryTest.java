package lv.praise.domain;

import static lv.praise.testkit.Fixtures.BAKERY;
import static lv.praise.testkit.Fixtures.LIBRARY;
import static lv.praise.testkit.Fixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import lv.praise.testkit.HookedParticipants;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/** The public search's list in memory: one read of the participants per refresh, not per keystroke. */
class ParticipantDirectoryTest {
    private final InMemoryStore stored = new InMemoryStore();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-05T10:00:00Z"));
    private final ParticipantStore counted = new HookedParticipants(stored, (year, read) -> {
        reads.incrementAndGet();
        if (failure.get() != null) {
            throw failure.get();
        }
        return read.apply(year);
    });
    private final ParticipantDirectory directory = new ParticipantDirectory(YEAR, counted, clock, Duration.ofSeconds(60));

    ParticipantDirectoryTest() {
        stored.save(LIBRARY);
        stored.save(BAKERY);
    }

    @Test
    void keystrokesWithinTheRefreshReadTheParticipantsOnce() {
        for (String typed : new String[] {"p", "pr", "pre", "prei", "preil", "preilu", "preilu", ""}) {
            directory.search(SearchKey.of(typed), 20);
            clock.advance(Duration.ofSeconds(5));
        }
        assertEquals(1, reads.get());
    }

    @Test
    void afterTheRefreshTheNextSearchReadsThemAgainAndSeesANewParticipant() {
        assertEquals(List.of(LIBRARY), directory.search(SearchKey.of("preiļu"), 20));
        Participant added = new Participant(YEAR, "preilu-muzejs", "Preiļu muzejs", "STATE", "CULTURE", "SMALL", List.of(),
                null, 0);
        stored.save(added);
        clock.advance(Duration.ofSeconds(59));
        assertEquals(List.of(LIBRARY), directory.search(SearchKey.of("preilu"), 20), "still the loaded list");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of(LIBRARY, added), directory.search(SearchKey.of("preilu"), 20), "by name, Latvian order");
        assertEquals(2, reads.get());
    }

    @Test
    void zeroReadsEverySearch() {
        ParticipantDirectory uncached = new ParticipantDirectory(YEAR, counted, clock, Duration.ZERO);
        uncached.search("", 20);
        uncached.search("", 20);
        assertEquals(2, reads.get());
    }

    @Test
    void diacriticsAndCaseAreIgnoredNamesSortInLatvianOrderAndTheLimitHolds() {
        for (String name : new String[] {"Čiekurs", "Cepums", "Ēdnīca", "Zāle", "Šūna", "Sala"}) {
            Participant p = new Participant(YEAR, SearchKey.of(name).replace(' ', '-'), name, "B2C", "TRADE", "SMALL",
                    List.of(), null, 0);
            stored.save(p);
        }
        List<String> names = directory.search("", 50).stream().map(Participant::name).toList();
        // Latvian order: Č after C, Š after S, and the long vowels with their short ones.
        assertEquals(List.of("Cepums", "Čiekurs", "Ēdnīca", BAKERY.name(), LIBRARY.name(), "Sala", "Šūna", "Zāle"), names);
        assertEquals(List.of("Čiekurs"), directory.search(SearchKey.of("CIEKURS"), 20).stream().map(Participant::name).toList());
        assertEquals(3, directory.search("", 3).size());
    }

    @Test
    void aFailedReadReachesTheCallerAndTheNextSearchTriesAgain() {
        failure.set(new IllegalStateException("store down"));
        assertThrows(IllegalStateException.class, () -> directory.search("", 20));
        failure.set(null);
        assertEquals(2, directory.search("", 20).size());
        assertEquals(2, reads.get());
    }

    @Test
    void anotherCampaignsParticipantsAreApart() {
        assertEquals(List.of(), new ParticipantDirectory(YEAR + 1, counted, clock, Duration.ofSeconds(60)).search("", 20));
    }
}
