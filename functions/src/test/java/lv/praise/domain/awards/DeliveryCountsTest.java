package lv.praise.domain.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The letters' counts an organiser watches: the total is the record's places from the start. */
class DeliveryCountsTest {

    @Test
    void placesWhoseAwardIsNotCreatedYetArePendingAndTheTotalDoesNotGrow() {
        DeliveryCounts soFar = new DeliveryCounts(32, 20, 1, 10, 1);
        DeliveryCounts shown = soFar.outOf(50);
        assertEquals(new DeliveryCounts(50, 20, 1, 28, 1), shown);
        assertFalse(shown.complete());
    }

    @Test
    void onceEveryAwardExistsTheCountsAreTheirOwn() {
        DeliveryCounts all = new DeliveryCounts(50, 49, 0, 0, 1);
        assertEquals(all, all.outOf(50));
        assertEquals(all, all.outOf(0), "no record of places: nothing to add");
    }
}
