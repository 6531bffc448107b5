package lv.praise.domain.awards;

import java.util.List;

/**
 * How far the certificate letters are: what an organiser watches during and after a publication.
 *
 * @param pending letters not tried yet, or whose sending run is still on it
 */
public record DeliveryCounts(int total, int sent, int failed, int pending, int noContact) {

    public static DeliveryCounts of(List<Award> awards) {
        int sent = 0;
        int failed = 0;
        int pending = 0;
        int noContact = 0;
        for (Award award : awards) {
            switch (award.state()) {
                case SENT -> sent++;
                case FAILED -> failed++;
                case NO_CONTACT -> noContact++;
                case PENDING, SENDING -> pending++;
            }
        }
        return new DeliveryCounts(awards.size(), sent, failed, pending, noContact);
    }

    /**
     * These counts out of the {@code expected} letters of a results record (one per TOP-N place): the awards
     * are created while the letters go out, so until the last is created the total would grow; the places not
     * yet created count as pending, and the total is known from the start.
     */
    public DeliveryCounts outOf(int expected) {
        int missing = expected - total;
        return missing <= 0 ? this : new DeliveryCounts(expected, sent, failed, pending + missing, noContact);
    }

    /** Every letter sent. */
    public boolean complete() {
        return sent == total;
    }
}
