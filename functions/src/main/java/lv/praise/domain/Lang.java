package lv.praise.domain;

import java.util.Locale;
import java.util.Optional;

/** Languages of the site and its e-mails; Latvian is the default. */
public enum Lang {
    LV, EN, ET;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Lang> fromCode(String code) {
        for (Lang lang : values()) {
            if (lang.code().equals(code)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }
}
