package lv.praise.domain.posters;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import lv.praise.domain.RefusedException;

/** What an organiser downloads for one poster: the printable page, or its QR code alone. */
public enum PosterFormat {
    PDF("application/pdf"),
    PNG("image/png"),
    SVG("image/svg+xml");

    private final String contentType;

    PosterFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The query's {@code format}; absent means the PDF. */
    public static PosterFormat of(String typed) {
        if (typed == null || typed.isBlank()) {
            return PDF;
        }
        return Arrays.stream(values()).filter(f -> f.extension().equals(typed.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> RefusedException.invalid("format", "format must be one of "
                        + Arrays.stream(values()).map(PosterFormat::extension).collect(Collectors.joining(", "))));
    }
}
