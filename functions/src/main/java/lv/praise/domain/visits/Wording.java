package lv.praise.domain.visits;

/** A criterion's text in the campaign's three languages, Latvian first. */
public record Wording(String lv, String en, String et) {
}
