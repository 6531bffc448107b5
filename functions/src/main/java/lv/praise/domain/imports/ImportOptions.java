package lv.praise.domain.imports;

/**
 * How an import treats its file.
 *
 * @param dryRun      only validate and report; nothing is written
 * @param importValid write the valid rows even when others are rejected (normally a file with a
 *                    rejected row writes nothing)
 */
public record ImportOptions(boolean dryRun, boolean importValid) {
    public static final ImportOptions STRICT = new ImportOptions(false, false);
}
