package lv.praise.domain;

/**
 * The public site's address, which confirmation links, certificates and QR posters point at.
 *
 * <p>It may not be known yet: a stack deployed without its own domain learns the site's address (the
 * CloudFront name) only from its first deploy, and gets it on the second. Until then everything that
 * needs the address is refused with {@link ErrorCode#NOT_CONFIGURED}, and everything else works.
 */
public final class SiteUrl {
    private static final String NOT_CONFIGURED = "the site's address is not configured yet (template parameter "
            + "SiteUrl, or DomainName), so no link to the site can be made; deploy the stack again with it";

    /** Without a trailing slash; null when not configured. */
    private final String base;

    private SiteUrl(String base) {
        this.base = base;
    }

    /**
     * @param url the site's address, with or without a trailing slash; null or blank when it is not
     *            known yet
     */
    public static SiteUrl of(String url) {
        if (url == null || url.isBlank()) {
            return new SiteUrl(null);
        }
        String stripped = url.strip();
        return new SiteUrl(stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped);
    }

    public boolean configured() {
        return base != null;
    }

    /**
     * Refuses when the address is not known: for a use case to call before it writes anything that
     * would need the address later.
     *
     * @throws RefusedException {@link ErrorCode#NOT_CONFIGURED}
     */
    public void require() {
        if (base == null) {
            throw new RefusedException(ErrorCode.NOT_CONFIGURED, null, NOT_CONFIGURED);
        }
    }

    /**
     * The address followed by a path.
     *
     * @param path from the site's root, starting with '/', with its query if any
     * @throws RefusedException {@link ErrorCode#NOT_CONFIGURED} when the address is not known
     */
    public String link(String path) {
        require();
        return base + path;
    }

    @Override
    public String toString() {
        return base == null ? "(not configured)" : base;
    }
}
