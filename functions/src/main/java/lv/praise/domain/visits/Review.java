package lv.praise.domain.visits;

import java.time.Instant;
import lv.praise.domain.Actor;

/** An organiser's decision on a submitted visit, kept with who made it and when. */
public record Review(String decision, String comment, int version, Actor by, Instant at) {
    public static final String APPROVE = "approve";
    public static final String RETURN = "return";
    /** Not a decision kept on the visit: the review route's way to cancel a planned visit (Visits#cancel). */
    public static final String CANCEL = "cancel";
}
