package lv.praise.domain;

/** A name shown to people, in each language the campaign speaks. */
public record Label(String lv, String en, String et) {
    public String in(Lang lang) {
        return switch (lang) {
            case LV -> lv;
            case EN -> en;
            case ET -> et;
        };
    }
}
