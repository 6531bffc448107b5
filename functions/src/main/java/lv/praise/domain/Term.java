package lv.praise.domain;

/** One entry of a campaign vocabulary (a category, an industry, an aspect, a size class). */
public record Term(String code, Label name) {
}
