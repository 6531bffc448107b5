package lv.praise.domain;

import java.util.List;
import java.util.Objects;

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
