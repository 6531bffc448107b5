package lv.praise.domain.awards;

import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;

/**
 * Use case: the open-data file of a year's published results, for anyone. Served only when it rebuilds the
 * results record's digest: a file that doesn't would be worse than none (docs/awards.md, "The open-data file").
 */
public final class PublishedOpenData {
    private final PublicationStore publications;

    public PublishedOpenData(PublicationStore publications) {
        this.publications = publications;
    }

    public OpenData find(int campaignYear) {
        Publication record = publications.find(campaignYear).orElseThrow(() -> new RefusedException(
                ErrorCode.NOT_FOUND, "year", "no results have been published for " + campaignYear + " yet"));
        // Results published before the file existed have none: their digest stays checkable by organisers only.
        OpenData data = publications.openData(campaignYear).orElseThrow(() -> new RefusedException(
                ErrorCode.NOT_FOUND, "year", "the " + campaignYear + " results were published without an open-data file"));
        if (!data.inputDigest().equals(record.inputDigest()) || !data.rebuildsDigest()) {
            throw new IllegalStateException("the open-data file of " + campaignYear + " does not rebuild its digest");
        }
        return data;
    }
}
