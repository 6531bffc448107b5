package lv.praise.domain.insight;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lv.praise.domain.RefusedException;

/**
 * One participant's merges of employee keys: a key mapped onto another (two spellings of one person). A key merged
 * into a key that is itself merged follows to the end of the chain; a merge that would close a cycle is refused.
 * {@code version} is the stored item's, for the conditional write (0: none stored yet).
 */
public record EmployeeMerges(Map<String, String> merges, long version) {
    /** More would be a list no one maintains; a participant has far fewer employees named twice. */
    public static final int MAX_MERGES = 500;
    public static final EmployeeMerges NONE = new EmployeeMerges(Map.of(), 0);

    public EmployeeMerges {
        merges = Map.copyOf(merges);
    }

    /** Where a key ends after the merges (itself when not merged). */
    public String resolve(String key) {
        String at = key;
        Set<String> seen = new HashSet<>();
        while (merges.containsKey(at) && seen.add(at)) {
            at = merges.get(at);
        }
        return at;
    }

    /** These merges with {@code key} merged into {@code into}; 400 naming the field for a cycle or a self-merge. */
    public EmployeeMerges merge(String key, String into) {
        require(key, "merge");
        require(into, "into");
        if (key.equals(into)) {
            throw RefusedException.invalid("into", "a name can't be merged into itself");
        }
        if (resolve(into).equals(key)) {
            throw RefusedException.invalid("into", "that name is already merged into this one");
        }
        if (merges.size() >= MAX_MERGES && !merges.containsKey(key)) {
            throw RefusedException.invalid("merge", "at most " + MAX_MERGES + " merges");
        }
        Map<String, String> next = new TreeMap<>(merges);
        next.put(key, into);
        return new EmployeeMerges(next, version);
    }

    /** These merges without the one of {@code key}; 400 {@code unmerge} when it is not merged. */
    public EmployeeMerges unmerge(String key) {
        require(key, "unmerge");
        if (!merges.containsKey(key)) {
            throw RefusedException.invalid("unmerge", "that name is not merged");
        }
        Map<String, String> next = new TreeMap<>(merges);
        next.remove(key);
        return new EmployeeMerges(next, version);
    }

    private static void require(String key, String field) {
        if (!EmployeeKey.isKey(key)) {
            throw RefusedException.invalid(field, "not an employee key (lower case, no diacritics, single spaces)");
        }
    }
}
