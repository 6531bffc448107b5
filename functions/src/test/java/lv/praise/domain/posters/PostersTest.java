package lv.praise.domain.posters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Participant;
import lv.praise.domain.RefusedException;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.InMemoryStore;
import org.junit.jupiter.api.Test;

class PostersTest {
    /** Files that say what they are of, so the test sees which poster went where. */
    private static final PosterRenderer FAKE = new PosterRenderer() {
        @Override
        public byte[] pdf(Poster poster) {
            return ("pdf " + poster.praiseUrl()).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] qrPng(String url, int px) {
            return ("png " + px + " " + url).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String qrSvg(String url) {
            return "svg " + url;
        }
    };

    private final InMemoryStore store = new InMemoryStore();
    private final Posters posters = new Posters(Fixtures.YEAR, store, FAKE, Fixtures.SITE + "/");

    PostersTest() {
        store.save(Fixtures.LIBRARY);
        store.save(Fixtures.BAKERY);
        // Branches whose slugs meet: each still gets a file of its own, and none takes the participant's.
        store.save(new Participant(Fixtures.YEAR, "riga", "Rīga & Co", "B2C", "RETAIL", "SMALL",
                List.of("Rīga", "Riga", "riga", "Tallinn/Tartu", "Москва", "Centrs #1"), null, 0));
        store.save(new Participant(Fixtures.YEAR + 1, "next-year", "Next", "B2C", "RETAIL", "SMALL", List.of(), null, 0));
    }

    @Test
    void aParticipantsPostersAreItsOwnThenOnePerBranchWithTheBranchEncoded() {
        List<Poster> list = posters.ofParticipant("preilu-galvena-biblioteka");
        assertEquals(3, list.size());
        assertNull(list.get(0).branch());
        assertEquals("https://praise.example.lv/praise.html?p=preilu-galvena-biblioteka", list.get(0).praiseUrl());
        assertEquals("Preiļi", list.get(1).branch());
        assertEquals("https://praise.example.lv/praise.html?p=preilu-galvena-biblioteka&b=Prei%C4%BCi",
                list.get(1).praiseUrl());
        assertEquals("Preiļu Galvenā bibliotēka", list.get(2).participantName());
        assertEquals(Fixtures.YEAR, list.get(2).campaignYear());
        assertEquals("https://praise.example.lv/praise.html?p=riga&b=Centrs%20%231", posters.praiseUrl("riga", "Centrs #1"));
        assertEquals("https://praise.example.lv/praise.html?p=riga&b=Tallinn%2FTartu%26", posters.praiseUrl("riga", "Tallinn/Tartu&"));
    }

    @Test
    void theCampaignsPostersAreEveryParticipantOfThisYearByIdOnly() {
        List<Poster> all = posters.all();
        assertEquals(1 + 1 + 2 + 1 + 6, all.size());
        assertEquals("maiznica-rudzupuke", all.get(0).participantId());
        assertTrue(all.stream().noneMatch(p -> p.participantId().equals("next-year")));
    }

    @Test
    void anUnknownParticipantIsNotFoundAndAForeignBranchIsInvalid() {
        RefusedException unknown = assertThrows(RefusedException.class,
                () -> posters.download("nobody", null, PosterFormat.PDF));
        assertEquals(ErrorCode.NOT_FOUND, unknown.code());
        assertEquals("participantId", unknown.field());
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(RefusedException.class,
                () -> posters.ofParticipant("next-year")).code(), "another campaign's participant");

        RefusedException branch = assertThrows(RefusedException.class,
                () -> posters.download("preilu-galvena-biblioteka", "Rīga", PosterFormat.PDF));
        assertEquals(ErrorCode.INVALID, branch.code());
        assertEquals("branch", branch.field());
        assertEquals(ErrorCode.INVALID, assertThrows(RefusedException.class,
                () -> posters.download("maiznica-rudzupuke", "preiļi", PosterFormat.PDF)).code(), "exactly as listed");
    }

    @Test
    void aDownloadIsNamedFromTheIdAndTheBranchSlug() {
        Posters.PosterFile own = posters.download("preilu-galvena-biblioteka", " ", PosterFormat.PDF);
        assertEquals("plakats-2027-preilu-galvena-biblioteka.pdf", own.fileName());
        assertEquals("application/pdf", own.contentType());
        assertArrayEquals("pdf https://praise.example.lv/praise.html?p=preilu-galvena-biblioteka"
                .getBytes(StandardCharsets.UTF_8), own.content());

        Posters.PosterFile png = posters.download("preilu-galvena-biblioteka", "Preiļi", PosterFormat.PNG);
        assertEquals("qr-2027-preilu-galvena-biblioteka-preili.png", png.fileName());
        assertEquals("image/png", png.contentType());
        assertTrue(new String(png.content(), StandardCharsets.UTF_8).startsWith("png " + Posters.PNG_PX + " "));

        Posters.PosterFile svg = posters.download("riga", "Москва", PosterFormat.SVG);
        assertEquals("qr-2027-riga-filiale-5.svg", svg.fileName());
        assertEquals("image/svg+xml", svg.contentType());
    }

    @Test
    void theFormatIsPdfPngOrSvgAndNothingElse() {
        assertEquals(PosterFormat.PDF, PosterFormat.of(null));
        assertEquals(PosterFormat.PDF, PosterFormat.of(""));
        assertEquals(PosterFormat.SVG, PosterFormat.of("SVG"));
        RefusedException bad = assertThrows(RefusedException.class, () -> PosterFormat.of("jpeg"));
        assertEquals("format", bad.field());
        assertEquals(ErrorCode.INVALID, bad.code());
    }

    @Test
    void theZipHasAFolderPerParticipantWithEachPostersThreeFiles() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        List<String> progress = new ArrayList<>();
        assertEquals(11, posters.writeZip(bytes, (done, total) -> progress.add(done + "/" + total)));
        assertEquals("0/11", progress.get(0));
        assertEquals("11/11", progress.get(progress.size() - 1));
        assertEquals(12, progress.size(), "one report per poster drawn, and one before the first");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        List<String> riga = new ArrayList<>();
        for (String stem : List.of("riga", "riga-2", "riga-3", "riga-4", "tallinn-tartu", "filiale-5", "centrs-1")) {
            for (String ext : List.of("pdf", "png", "svg")) {
                riga.add("riga/" + stem + "." + ext);
            }
        }
        assertTrue(entries.keySet().containsAll(riga), entries.keySet().toString());
        assertEquals("pdf https://praise.example.lv/praise.html?p=riga&b=R%C4%ABga", entries.get("riga/riga-2.pdf"));
        assertEquals("pdf https://praise.example.lv/praise.html?p=riga", entries.get("riga/riga.pdf"));
        assertEquals("png " + Posters.ZIP_PNG_PX + " https://praise.example.lv/praise.html?p=riga&b=riga",
                entries.get("riga/riga-4.png"));
        assertTrue(entries.containsKey("preilu-galvena-biblioteka/aizkalne.svg"));
        assertTrue(entries.containsKey("maiznica-rudzupuke/maiznica-rudzupuke.pdf"));
        assertEquals(3 * 11, entries.size());
        assertTrue(entries.keySet().stream().allMatch(n -> n.matches("[a-z0-9-]+/[a-z0-9-]+\\.(pdf|png|svg)")));
        assertEquals("plakati-2027.zip", posters.zipFileName());
    }
}
