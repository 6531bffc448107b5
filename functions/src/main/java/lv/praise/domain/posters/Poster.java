package lv.praise.domain.posters;

import java.util.Objects;

/**
 * A printable poster that brings people from a service point to the praise form: the participant, the
 * branch when it hangs at one, and the form's address with both already chosen (the QR code's text).
 *
 * @param branch    the branch as the participant lists it; null for the participant's own poster
 * @param praiseUrl {@code {site}/praise.html?p={participantId}[&b={branch, URL-encoded}]}
 */
public record Poster(int campaignYear, String participantId, String participantName, String branch, String praiseUrl) {

    public Poster {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(participantName, "participantName");
        Objects.requireNonNull(praiseUrl, "praiseUrl");
    }

    public boolean forBranch() {
        return branch != null;
    }
}
