package lv.praise.domain;

public enum PraiseStatus {
    /** Submitted, waiting for its e-mail confirmation; does not count. */
    PENDING,
    /** Confirmed through the e-mail link; counts. */
    CONFIRMED,
    /**
     * Withdrawn by the person through the link of their e-mail, or erased by an organiser: its text and employee
     * name are gone and it counts nowhere (docs/data-model.md, *Erasure*). Final: nothing moves it on.
     */
    ERASED
}
