package lv.praise.handler;

/**
 * Who is calling a route, as {@link ApiHandler#authorize} decided it: nobody signed in ({@link #ANONYMOUS}), an
 * {@link AdminHandler.Organiser}, an {@link EvaluatorHandler.Evaluator} or a participant's
 * {@link ParticipantHandler.Viewer}. Each role base decides one kind; the handler reads it from its {@link Call}.
 */
sealed interface Caller permits Caller.Anonymous, AdminHandler.Organiser, EvaluatorHandler.Evaluator,
        ParticipantHandler.Viewer {
    /** A public route's caller: nothing is known of them. */
    Caller ANONYMOUS = new Anonymous();

    record Anonymous() implements Caller {
    }
}
