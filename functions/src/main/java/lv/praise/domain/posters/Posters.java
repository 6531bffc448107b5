package lv.praise.domain.posters;

import java.util.function.IntSupplier;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;
import lv.praise.domain.RefusedException;
import lv.praise.domain.SiteUrl;
import lv.praise.domain.imports.Slugs;
import lv.praise.domain.jobs.Job;
import lv.praise.domain.jobs.JobState;

/**
 * Use case: organisers download the QR posters of a participant and of each of its branches, one at a
 * time or the whole campaign's as one ZIP.
 *
 * <p>File names come from ids and slugs only (lower-case letters, digits, hyphens), never from the
 * names as typed, so they are safe in a ZIP, a Content-Disposition header and any file system.
 */
public final class Posters {
    /** A single QR PNG: sharp enough for a flyer at 10 cm (about 260 dpi). */
    public static final int PNG_PX = 1024;
    /**
     * The PNGs inside the campaign's ZIP: the PDFs and SVGs are the print copies, so these PNGs are for
     * screens and office documents, and small keeps a national campaign's ZIP a download of minutes.
     */
    public static final int ZIP_PNG_PX = 512;

    private final IntSupplier campaignYear;
    private final ParticipantStore participants;
    private final PosterRenderer renderer;
    private final SiteUrl siteUrl;

    /**
     * @param siteUrl the public site, with or without a trailing slash (the praise form lives there); null or
     *                blank while the stack has no address yet: every poster is then refused with {@code not_configured}
     */
    public Posters(int campaignYear, ParticipantStore participants, PosterRenderer renderer, String siteUrl) {
        this(() -> campaignYear, participants, renderer, siteUrl);
    }

    public Posters(IntSupplier campaignYear, ParticipantStore participants, PosterRenderer renderer, String siteUrl) {
        this.campaignYear = campaignYear;
        this.participants = participants;
        this.renderer = renderer;
        this.siteUrl = SiteUrl.of(siteUrl);
    }

    /** A downloadable file: its safe name, its media type, its bytes. */
    public record PosterFile(String fileName, String contentType, byte[] content) {
    }

    /** A poster and the stem of its files: the participant's id, or the branch's slug unique within it. */
    private record Named(Poster poster, String stem) {
    }

    /** The participant's own poster, then one for each branch, in the participant's order. */
    public List<Poster> ofParticipant(String participantId) {
        return named(participant(participantId)).stream().map(Named::poster).toList();
    }

    /** Every participant's posters, participants in the order of their ids. */
    public List<Poster> all() {
        return everyone().stream().flatMap(p -> named(p).stream()).map(Named::poster).toList();
    }

    /**
     * One poster's file.
     *
     * @param branch one of the participant's branches, or null (or blank) for the participant's own poster
     */
    public PosterFile download(String participantId, String branch, PosterFormat format) {
        Participant participant = participant(participantId);
        String wanted = branch == null || branch.isBlank() ? null : branch;
        if (wanted != null && !participant.hasBranch(wanted)) {
            throw RefusedException.invalid("branch", "this participant has no branch of that name; its branches are "
                    + String.join(", ", participant.branches()));
        }
        Named named = named(participant).stream()
                .filter(n -> java.util.Objects.equals(n.poster().branch(), wanted))
                .findFirst().orElseThrow();
        String base = (format == PosterFormat.PDF ? "plakats-" : "qr-") + campaignYear.getAsInt() + "-" + participant.id()
                + (named.poster().forBranch() ? "-" + named.stem() : "");
        return new PosterFile(base + "." + format.extension(), format.contentType(),
                render(named.poster(), format, PNG_PX));
    }

    /** How far a build of the campaign's ZIP is: posters drawn of the total. */
    public interface BuildProgress {
        void drawn(int done, int total);
    }

    /**
     * The whole campaign's posters as one ZIP, streamed to {@code out}: for every participant a folder
     * {@code {participantId}/} with {@code {participantId}.pdf|png|svg} and {@code {branch-slug}.pdf|png|svg}
     * for each branch. One poster is in memory at a time.
     *
     * @return how many posters it holds
     */
    public int writeZip(OutputStream out, BuildProgress progress) throws IOException {
        List<Participant> everyone = everyone();
        int total = everyone.stream().mapToInt(p -> 1 + p.branches().size()).sum();
        int done = 0;
        progress.drawn(0, total);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Participant participant : everyone) {
            for (Named named : named(participant)) {
                for (PosterFormat format : PosterFormat.values()) {
                    zip.putNextEntry(new ZipEntry(participant.id() + "/" + named.stem() + "." + format.extension()));
                    zip.write(render(named.poster(), format, ZIP_PNG_PX));
                    zip.closeEntry();
                }
                progress.drawn(++done, total);
            }
        }
        zip.finish();
        return total;
    }

    /**
     * Builds the campaign's ZIP into the archive under a key of this run ({@code posters/{year}/{runId}/…}):
     * a retry of the run writes the same key again, and a new run never touches a ZIP being downloaded.
     *
     * @return what the organisers' status shows: the key, the file name, the number of posters
     */
    public Map<String, String> build(PosterArchive archive, String runId, BuildProgress progress) {
        siteUrl.require();
        String key = archiveKey(runId);
        int[] posters = new int[1];
        archive.put(key, out -> posters[0] = writeZip(out, progress));
        Map<String, String> built = new LinkedHashMap<>();
        built.put(ARCHIVE_KEY, key);
        built.put("fileName", zipFileName());
        built.put("posters", Integer.toString(posters[0]));
        return built;
    }

    /**
     * A short-lived link to the ZIP a finished build left, while it is kept ({@link #KEPT} after the build);
     * empty while building, after a failure, or once it has expired.
     */
    public Optional<PosterArchive.Link> downloadLink(Job build, PosterArchive archive, Instant now) {
        String key = build.result().get(ARCHIVE_KEY);
        if (build.state() != JobState.DONE || key == null || !now.isBefore(build.updatedAt().plus(KEPT))) {
            return Optional.empty();
        }
        return Optional.of(archive.link(key, build.result().getOrDefault("fileName", zipFileName()), LINK_VALID));
    }

    /** The key a run's ZIP is kept under; run ids are letters, digits and dashes. */
    public String archiveKey(String runId) {
        if (!runId.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("a run id is letters, digits and dashes");
        }
        return "posters/" + campaignYear.getAsInt() + "/" + runId + "/" + zipFileName();
    }

    /** The build's result entry that names the ZIP in the archive. */
    public static final String ARCHIVE_KEY = "key";
    /**
     * How long a built ZIP is offered: the bucket's lifecycle rule deletes it after a day (S3 counts to the
     * next midnight UTC, so it may live a little longer; it is never offered after this).
     */
    public static final Duration KEPT = Duration.ofDays(1);
    /** How long a download link works: long enough to start the download, short enough not to be passed on. */
    public static final Duration LINK_VALID = Duration.ofMinutes(5);

    /** plakati-2027.zip: the campaign's posters, saved under the year they are for. */
    public String zipFileName() {
        return "plakati-" + campaignYear.getAsInt() + ".zip";
    }

    /** {@code {site}/praise.html?p={id}[&b={branch}]}: what the QR code opens, both query values percent-encoded. */
    public String praiseUrl(String participantId, String branch) {
        String url = siteUrl.link("/praise.html?p=" + encode(participantId));
        return branch == null ? url : url + "&b=" + encode(branch);
    }

    private byte[] render(Poster poster, PosterFormat format, int pngPx) {
        return switch (format) {
            case PDF -> renderer.pdf(poster);
            case PNG -> renderer.qrPng(poster.praiseUrl(), pngPx);
            case SVG -> renderer.qrSvg(poster.praiseUrl()).getBytes(StandardCharsets.UTF_8);
        };
    }

    private List<Named> named(Participant participant) {
        List<Named> posters = new ArrayList<>();
        posters.add(new Named(new Poster(campaignYear.getAsInt(), participant.id(), participant.name(), null,
                praiseUrl(participant.id(), null)), participant.id()));
        // The participant's own file takes its id; a branch never overwrites it or another branch.
        Set<String> taken = new HashSet<>(List.of(participant.id()));
        int n = 0;
        for (String branch : participant.branches()) {
            n++;
            String slug = Slugs.of(branch);
            String stem = Slugs.unique(slug.isEmpty() ? "filiale-" + n : slug, taken);
            posters.add(new Named(new Poster(campaignYear.getAsInt(), participant.id(), participant.name(), branch,
                    praiseUrl(participant.id(), branch)), stem));
        }
        return posters;
    }

    private Participant participant(String participantId) {
        if (participantId == null || participantId.isBlank()) {
            throw RefusedException.invalid("participantId", "participantId is required");
        }
        if (!Participant.isId(participantId)) {
            // Ids are short slugs: anything else is no participant, and is never sent to the table as a key.
            throw new RefusedException(ErrorCode.NOT_FOUND, "participantId", "no participant with this id in this campaign");
        }
        return participants.find(campaignYear.getAsInt(), participantId).orElseThrow(() ->
                new RefusedException(ErrorCode.NOT_FOUND, "participantId", "no participant with this id in this campaign"));
    }

    private List<Participant> everyone() {
        return participants.all(campaignYear.getAsInt()).stream().sorted(Comparator.comparing(Participant::id)).toList();
    }

    /** Percent-encoding, with a space as %20: "+" means a space only in form bodies, and not to every reader. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
