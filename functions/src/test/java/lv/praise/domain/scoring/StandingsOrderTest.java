package lv.praise.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StandingsOrderTest {
    private final StandingsOrder order = new StandingsOrder();

    private static ParticipantScore row(String id, String name, String total, long praise, String mystery) {
        return new ParticipantScore(new ParticipantProfile(id, name, "B2C", "TRADE", "SMALL", true),
                new PublicScore(0, 0, new BigDecimal("80.00")), null,
                mystery == null ? null : new MysteryScore(1, new BigDecimal(mystery)),
                new BigDecimal(total), praise, mystery != null, mystery == null ? Ineligibility.NOT_EVALUATED : null,
                ParticipantScore.Ranks.NONE);
    }

    private List<String> sortedIds(List<ParticipantScore> rows) {
        List<ParticipantScore> copy = new ArrayList<>(rows);
        copy.sort(order);
        return copy.stream().map(ParticipantScore::id).toList();
    }

    @Test
    void eachLevelDecidesOnlyWhenTheOnesBeforeItTie() {
        List<ParticipantScore> rows = List.of(
                row("1", "Zeta", "90.00", 1, "50.00"),      // highest total wins whatever follows
                row("2", "Zeta", "89.99", 30, "50.00"),     // same total as 3: more praise first
                row("3", "Alfa", "89.99", 29, "99.00"),
                row("4", "Zeta", "80.00", 10, "75.80"),     // same total and praise as 5: higher mystery first
                row("5", "Alfa", "80.00", 10, "75.79"),
                row("6", "Cepure", "70.00", 5, "70.00"),    // all same: Latvian alphabetical order
                row("7", "Čiekuri", "70.00", 5, "70.00"),
                row("8", "Dārzs", "70.00", 5, "70.00"),
                row("9a", "Ēdnīca", "60.00", 5, "70.00"),   // same name as well: id decides
                row("9b", "Ēdnīca", "60.00", 5, "70.00"));
        List<ParticipantScore> reversed = new ArrayList<>(rows);
        Collections.reverse(reversed);
        assertEquals(rows.stream().map(ParticipantScore::id).toList(), sortedIds(reversed));
    }

    @Test
    void namesFollowTheLatvianAlphabetNotTheCodePoints() {
        // By code point Č (U+010C) would come after D; in Latvian it follows C.
        List<ParticipantScore> rows = List.of(row("a", "Dārzs", "70.00", 5, "70.00"),
                row("b", "Čiekuri", "70.00", 5, "70.00"), row("c", "Cepure", "70.00", 5, "70.00"));
        assertEquals(List.of("c", "b", "a"), sortedIds(rows));
    }

    @Test
    void isAStrictTotalOrder() {
        // Few distinct values, so every level ties often; names include a composed and a decomposed "Ā".
        String[] totals = {"80.00", "80.01", "85.50"};
        long[] praise = {0, 3};
        String[] mysteries = {null, "70.00", "90.00"};
        String[] names = {"Ābele", "A\u0304bele", "Cepure", "Čiekuri", "cepure"};
        Random random = new Random(7);
        List<ParticipantScore> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(row("id" + i, names[random.nextInt(names.length)], totals[random.nextInt(totals.length)],
                    praise[random.nextInt(praise.length)], mysteries[random.nextInt(mysteries.length)]));
        }

        for (ParticipantScore a : rows) {
            for (ParticipantScore b : rows) {
                int ab = Integer.signum(order.compare(a, b));
                assertEquals(-ab, Integer.signum(order.compare(b, a)), "antisymmetric");
                assertEquals(a == b, ab == 0, "only a row equals itself");
                if (ab < 0) {
                    for (ParticipantScore c : rows) {
                        if (order.compare(b, c) < 0) {
                            assertTrue(order.compare(a, c) < 0, "transitive");
                        }
                    }
                }
            }
        }

        List<String> first = sortedIds(rows);
        for (int round = 0; round < 100; round++) {
            List<ParticipantScore> shuffled = new ArrayList<>(rows);
            Collections.shuffle(shuffled, random);
            assertEquals(first, sortedIds(shuffled), "every permutation sorts the same");
        }
    }
}
