package lv.praise.domain.insight;

import java.util.List;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;

/**
 * A participant's (or an organiser's) merge of two spellings of one employee, or its undoing: the {@code MERGES}
 * item written on condition that it is still the version read; a concurrent change is read again and applied on
 * top (a merge is a small change to a map, not a replacement of it).
 */
public final class MergeEmployees {
    static final int ATTEMPTS = 5;
    private final InsightStore store;
    private final ReadInsight reader;

    public MergeEmployees(InsightStore store, ReadInsight reader) {
        this.store = store;
        this.reader = reader;
    }

    /** {@code into} null: undo the merge of {@code key}. Answers the employees after the change. */
    public List<ParticipantInsight.Employee> apply(int year, String participantId, String key, String into, boolean unmerge) {
        store.participant(year, participantId)
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "id", "no such participant"));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            EmployeeMerges current = store.merges(year, participantId);
            EmployeeMerges next = unmerge ? current.unmerge(key) : current.merge(key, into);
            if (store.saveMerges(year, participantId, next)) {
                return reader.employees(year, participantId);
            }
        }
        throw new RefusedException(ErrorCode.ALREADY_EXISTS, unmerge ? "unmerge" : "merge",
                "the names were being changed at the same time; try again");
    }
}
