package lv.praise.domain;

public enum PraiseStatus {
    /** Submitted, waiting for its e-mail confirmation; does not count. */
    PENDING,
    /** Confirmed through the e-mail link; counts. */
    CONFIRMED
}
