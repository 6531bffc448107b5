package lv.praise.domain.visits;

import java.util.List;
import java.util.Optional;

/** Port: the campaign's questionnaire versions. Version 1 reads as the defaults while nothing is stored. */
public interface QuestionnaireStore {
    /** The newest version (the defaults when none is stored). */
    Questionnaire current(int year);

    Optional<Questionnaire> version(int year, int version);

    /**
     * Replaces {@code current} when it is not frozen, or adds version n+1 when it is, each on condition that
     * nothing moved since it was read (a submission freezing it, another save): then {@link VisitStore.Moved}.
     *
     * @return the version stored
     */
    Questionnaire save(Questionnaire current, List<Criterion> criteria);
}
