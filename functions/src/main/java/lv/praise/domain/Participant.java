package lv.praise.domain;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An organisation taking part in one campaign. The contact e-mail is for award letters only and is
 * never part of a public answer. The registration number identifies an organisation across imports.
 */
public record Participant(
        int campaignYear,
        String id,
        String name,
        String category,
        String industry,
        String sizeClass,
        List<String> branches,
        String contactEmail,
        long confirmedPraiseCount,
        String registrationNumber) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    /** Whether a text can be a participant's id: a short slug, never longer than a key may be. */
    public static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /** A participant known by id only (added by hand, or seeded), without a registration number. */
    public Participant(int campaignYear, String id, String name, String category, String industry, String sizeClass,
                       List<String> branches, String contactEmail, long confirmedPraiseCount) {
        this(campaignYear, id, name, category, industry, sizeClass, branches, contactEmail, confirmedPraiseCount, null);
    }

    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        branches = List.copyOf(branches);
    }

    public String searchKey() {
        return SearchKey.of(name);
    }

    public boolean hasBranch(String branch) {
        return branches.contains(branch);
    }
}
