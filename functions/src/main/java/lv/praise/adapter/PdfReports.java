package lv.praise.adapter;

import static lv.praise.adapter.PdfSheets.DARK;
import static lv.praise.adapter.PdfSheets.GREY;
import static lv.praise.adapter.PdfSheets.LIGHT;
import static lv.praise.adapter.PdfSheets.RED;
import static lv.praise.adapter.PdfSheets.printable;
import static lv.praise.adapter.PdfSheets.width;
import static lv.praise.adapter.PdfSheets.wrap;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import lv.praise.domain.CalendarDates;
import lv.praise.domain.Lang;
import lv.praise.domain.insight.ParticipantInsight;
import lv.praise.domain.insight.ParticipantInsight.Benchmark;
import lv.praise.domain.reports.Report;
import lv.praise.domain.reports.ReportRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report for the participant's management meeting (issue 18): A4 portrait pages in the campaign's colours –
 * the summary (praise, stars, the score as far as the insight shows it: never a rank before publication), three
 * charts drawn as vector shapes (praise per day, stars, aspects against the industry), the benchmark groups, the
 * mystery shopping per criterion against the groups, a few praise texts and every employee praised. A group with
 * fewer than {@link Benchmark#MIN_GROUP} participants prints "not enough data", never a figure (the insight has
 * none for it anyway). Long names wrap; long lists go on to further pages. Words: {@link PdfWording#REPORT}.
 */
public final class PdfReports implements ReportRenderer {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float W = PAGE.getWidth();
    private static final float H = PAGE.getHeight();
    private static final float MARGIN = 50;
    private static final float CONTENT = W - 2 * MARGIN;
    private static final float BOTTOM = 56;
    private static final List<String> GROUPS = List.of("industry", "category", "sizeClass");

    private final PdfSheets.Fonts fonts;

    public PdfReports() {
        this(PdfSheets.Fonts.shipped());
    }

    PdfReports(PdfSheets.Fonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public byte[] pdf(Report report) {
        ParticipantInsight insight = report.insight();
        try (PDDocument doc = new PDDocument()) {
            PDFont text = PDType0Font.load(doc, new ByteArrayInputStream(fonts.regular()), true);
            PDFont strong = PDType0Font.load(doc, new ByteArrayInputStream(fonts.bold()), true);
            Flow flow = new Flow(doc, text, strong, report.lang());
            try {
                new Content(flow, report).draw();
            } finally {
                flow.close();
            }
            flow.footers(printable(text, insight.participant().name()) + " · " + insight.campaignYear());
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(PdfWording.report(report.lang(), "title") + " – " + insight.participant().name());
            info.setAuthor(PdfSheets.AUTHOR);
            info.setSubject(PdfWording.report(report.lang(), "campaign") + " " + insight.campaignYear());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the report of " + insight.participant().id() + " could not be built", e);
        }
    }

    /** Pages that follow their content: whatever does not fit the page's rest starts the next page. */
    private static final class Flow {
        final PDDocument doc;
        final PDFont text;
        final PDFont strong;
        final Lang lang;
        PDPageContentStream out;
        float y;

        Flow(PDDocument doc, PDFont text, PDFont strong, Lang lang) throws IOException {
            this.doc = doc;
            this.text = text;
            this.strong = strong;
            this.lang = lang;
            newPage();
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = H - MARGIN;
        }

        /** Starts a new page unless {@code height} still fits on this one. */
        void need(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        void close() throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
        }

        /** A rule and "name · year · page n/m" at the foot of every page, once the pages are known. */
        void footers(String who) throws IOException {
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(doc, doc.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    PdfSheets.rule(foot, MARGIN, 40, CONTENT, LIGHT, 0.6f);
                    String left = PdfSheets.ellipsis(text, 8, who, CONTENT - 80);
                    PdfSheets.show(foot, left, text, 8, GREY, MARGIN, 28);
                    String right = (i + 1) + "/" + pages + " " + PdfWording.report(lang, "page");
                    PdfSheets.show(foot, right, text, 8, GREY, W - MARGIN - width(text, 8, right), 28);
                }
            }
        }

        void show(String line, PDFont font, float size, Color colour, float x, float baseline) throws IOException {
            PdfSheets.show(out, line, font, size, colour, x, baseline);
        }

        /** Wrapped lines of text at the cursor, moving it down; a paragraph may go on to the next page. */
        void paragraph(String raw, PDFont font, float size, Color colour, float x, float max) throws IOException {
            float leading = size * 1.35f;
            for (String line : wrap(font, size, printable(font, raw), max)) {
                need(leading);
                y -= leading;
                show(line, font, size, colour, x, y + size * 0.25f);
            }
        }

        void heading(String words) throws IOException {
            need(60);
            y -= 26;
            show(printable(strong, words), strong, 14, RED, MARGIN, y);
            y -= 6;
            PdfSheets.rule(out, MARGIN, y, CONTENT, LIGHT, 0.8f);
            y -= 6;
        }

        void gap(float height) {
            y -= height;
        }

        void bar(float x, float baseline, float w, float h, Color colour) throws IOException {
            if (w <= 0 || h <= 0) {
                return;
            }
            out.setNonStrokingColor(colour);
            out.addRect(x, baseline, w, h);
            out.fill();
        }
    }

    /** What the report says, in order; lives for one document. */
    private static final class Content {
        private final Flow f;
        private final Report report;
        private final ParticipantInsight in;
        private final Lang lang;

        Content(Flow flow, Report report) {
            this.f = flow;
            this.report = report;
            this.in = report.insight();
            this.lang = report.lang();
        }

        private String w(String key) {
            return PdfWording.report(lang, key);
        }

        void draw() throws IOException {
            title();
            summary();
            perDay();
            stars();
            aspects();
            benchmarks();
            mystery();
            highlights();
            employees();
        }

        private void title() throws IOException {
            f.bar(0, H - 118, W, 118, RED);
            f.show(w("campaign") + " " + in.campaignYear(), f.strong, 12, Color.WHITE, MARGIN, H - 40);
            f.show(w("title"), f.text, 11, Color.WHITE, MARGIN, H - 56);
            // The name: as large as fits two lines, then wrapped further and smaller (PdfSheets.nameBlock's rule).
            String name = printable(f.strong, in.participant().name());
            float size = 22;
            List<String> lines = wrap(f.strong, size, name, CONTENT);
            while (lines.size() > 2 && size > 12) {
                size -= 1;
                lines = wrap(f.strong, size, name, CONTENT);
            }
            float baseline = H - 82;
            f.y = H - 130;
            for (int i = 0; i < lines.size(); i++) {
                if (i < 2) {
                    f.show(lines.get(i), f.strong, size, Color.WHITE, MARGIN, baseline - i * size * 1.15f);
                } else {
                    // A name beyond two lines of the band goes on under it, so nothing of it is lost.
                    f.y -= size * 1.15f;
                    f.show(lines.get(i), f.strong, size, DARK, MARGIN, f.y);
                }
            }
            f.y -= 16;
            f.show(w("made") + ": " + CalendarDates.date(lang, report.madeOn()) + "   ·   "
                    + printable(f.text, report.qualityMarkTitle()), f.text, 9, GREY, MARGIN, f.y);
        }

        private void summary() throws IOException {
            f.heading(w("summary"));
            ParticipantInsight.PraiseSummary praise = in.praise();
            f.need(60);
            float top = f.y;
            figure(w("approved"), Long.toString(praise.approved()), MARGIN, top);
            figure(w("meanStars"), praise.meanStars() == null ? "—" : number(praise.meanStars()), MARGIN + CONTENT / 3, top);
            ParticipantInsight.Score score = in.score();
            String total = score != null && score.published() && score.total() != null ? number(score.total()) : null;
            figure(w("score"), total == null ? "—" : total, MARGIN + 2 * CONTENT / 3, top);
            f.y = top - 50;
            if (score == null || !score.visible() && !score.published()) {
                f.paragraph(w("scoreHidden"), f.text, 9, GREY, MARGIN, CONTENT);
                return;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {w("online"), orDash(score.online())});
            rows.add(new String[] {w("branch"), orDash(score.branch())});
            rows.add(new String[] {w("mystery"), orDash(score.mystery())});
            if (score.published()) {
                // Ranks and distances only from the published results: never a rank before publication.
                rows.add(new String[] {w("total"), orDash(score.total())});
                rows.add(new String[] {w("rankOverall"), rank(score.rankOverall())});
                rows.add(new String[] {w("rankInCategory"), rank(score.rankInCategory())});
                rows.add(new String[] {w("rankInSizeClass"), rank(score.rankInSizeClass())});
                rows.add(new String[] {w("toThreshold"), orDash(score.toThreshold())});
                if (score.topN() != null) {
                    rows.add(new String[] {w("toTopN").replace("{n}", score.topN().toString()), orDash(score.toTopN())});
                }
            } else {
                f.paragraph(w("scoreRunning"), f.text, 9, GREY, MARGIN, CONTENT);
            }
            for (String[] row : rows) {
                f.need(15);
                f.y -= 15;
                f.show(printable(f.text, row[0]), f.text, 10, DARK, MARGIN, f.y);
                f.show(row[1], f.strong, 10, DARK, MARGIN + 260, f.y);
            }
        }

        private void figure(String label, String value, float x, float top) throws IOException {
            f.show(printable(f.text, label), f.text, 9, GREY, x, top - 12);
            f.show(value, f.strong, 22, DARK, x, top - 38);
        }

        /** Bars per day of the praise window, the largest count marked on the axis. */
        private void perDay() throws IOException {
            f.heading(w("perDay"));
            List<ParticipantInsight.DayCount> days = in.praise().perDay();
            if (days.isEmpty()) {
                f.paragraph(w("noData"), f.text, 9, GREY, MARGIN, CONTENT);
                return;
            }
            float height = 110;
            f.need(height + 30);
            long max = Math.max(1, days.stream().mapToLong(ParticipantInsight.DayCount::count).max().orElse(1));
            float axis = MARGIN + 24;
            float chart = CONTENT - 24;
            float base = f.y - height;
            float slot = chart / days.size();
            PdfSheets.rule(f.out, axis, base, chart, GREY, 0.5f);
            PdfSheets.rule(f.out, axis, base + height, chart, LIGHT, 0.4f);
            String top = Long.toString(max);
            f.show(top, f.text, 8, GREY, axis - 4 - width(f.text, 8, top), base + height - 3);
            f.show("0", f.text, 8, GREY, axis - 4 - width(f.text, 8, "0"), base - 3);
            for (int i = 0; i < days.size(); i++) {
                float h = height * days.get(i).count() / max;
                f.bar(axis + i * slot + slot * 0.15f, base, slot * 0.7f, h, RED);
            }
            String first = CalendarDates.dayMonth(lang, days.get(0).date());
            String last = CalendarDates.dayMonth(lang, days.get(days.size() - 1).date());
            f.show(first, f.text, 8, GREY, axis, base - 12);
            f.show(last, f.text, 8, GREY, axis + chart - width(f.text, 8, last), base - 12);
            f.y = base - 18;
        }

        private void stars() throws IOException {
            f.heading(w("stars"));
            Map<String, Long> stars = in.praise().stars();
            long max = Math.max(1, stars.values().stream().mapToLong(Long::longValue).max().orElse(1));
            float labels = 90;
            float chart = CONTENT - labels - 50;
            for (int star = 5; star >= 1; star--) {
                long n = stars.getOrDefault(Integer.toString(star), 0L);
                f.need(16);
                f.y -= 16;
                f.show(PdfWording.count(lang, "starsLabel", star), f.text, 9, DARK, MARGIN, f.y + 2);
                f.bar(MARGIN + labels, f.y, chart * n / max, 11, RED);
                f.show(Long.toString(n), f.text, 9, DARK, MARGIN + labels + chart * n / max + 6, f.y + 2);
            }
        }

        /** Per aspect, the participant's share beside the industry's: the industry's bar only for a group of 5+. */
        private void aspects() throws IOException {
            f.heading(w("aspects"));
            Benchmark industry = group("industry");
            boolean enough = industry != null && industry.enough();
            List<ParticipantInsight.AspectShare> shares = industry == null ? List.of() : industry.aspects();
            if (shares.isEmpty()) {
                // Without the group's shares, the participant's own counts still show what was valued.
                List<ParticipantInsight.Count> counts = in.praise().aspects();
                if (counts.isEmpty()) {
                    f.paragraph(w("noData"), f.text, 9, GREY, MARGIN, CONTENT);
                    return;
                }
                long approved = Math.max(1, in.praise().approved());
                List<ParticipantInsight.AspectShare> own = new ArrayList<>();
                for (ParticipantInsight.Count c : counts) {
                    own.add(new ParticipantInsight.AspectShare(c.key(),
                            BigDecimal.valueOf(c.count()).divide(BigDecimal.valueOf(approved), 2, RoundingMode.HALF_UP), null));
                }
                shares = own;
                enough = false;
            }
            f.paragraph(w("aspectsNote"), f.text, 8, GREY, MARGIN, CONTENT);
            if (!enough) {
                f.paragraph(w("industry") + ": " + w("notEnough") + ". "
                        + w("notEnoughNote").replace("{n}", Integer.toString(Benchmark.MIN_GROUP)),
                        f.text, 8, GREY, MARGIN, CONTENT);
            }
            float labels = 150;
            float chart = CONTENT - labels - 50;
            for (ParticipantInsight.AspectShare share : shares) {
                String label = PdfSheets.ellipsis(f.text, 9, printable(f.text, report.aspectName(share.aspect())), labels - 8);
                f.need(26);
                f.y -= 13;
                f.show(label, f.text, 9, DARK, MARGIN, f.y - 4);
                float mine = share.participant() == null ? 0 : share.participant().floatValue();
                f.bar(MARGIN + labels, f.y, chart * Math.min(1, mine), 9, RED);
                f.show(percent(share.participant()), f.text, 8, DARK, MARGIN + labels + chart * Math.min(1, mine) + 4, f.y + 1);
                f.y -= 11;
                if (enough && share.group() != null) {
                    float theirs = share.group().floatValue();
                    f.bar(MARGIN + labels, f.y, chart * Math.min(1, theirs), 9, GREY);
                    f.show(percent(share.group()), f.text, 8, GREY, MARGIN + labels + chart * Math.min(1, theirs) + 4, f.y + 1);
                } else {
                    f.show(w("notEnough"), f.text, 8, GREY, MARGIN + labels, f.y + 1);
                }
                f.y -= 4;
            }
        }

        private void benchmarks() throws IOException {
            f.heading(w("benchmarks"));
            for (String name : GROUPS) {
                Benchmark b = group(name);
                if (b == null) {
                    continue;
                }
                String line = w(name) + " (" + b.code() + "): " + PdfWording.count(lang, "participants", b.participants()) + "; ";
                line += b.enough() && b.groupMeanStars() != null
                        ? w("groupStars") + " " + number(b.groupMeanStars()) + ", " + w("you").toLowerCase(java.util.Locale.ROOT)
                                + " " + orDash(b.participantMeanStars())
                        : w("notEnough");
                f.paragraph(line, f.text, 10, DARK, MARGIN, CONTENT);
            }
            f.paragraph(w("notEnoughNote").replace("{n}", Integer.toString(Benchmark.MIN_GROUP)), f.text, 8, GREY,
                    MARGIN, CONTENT);
        }

        /** The criteria: the participant's mean, then each group's (or "not enough data"). */
        private void mystery() throws IOException {
            f.heading(w("criteria"));
            ParticipantInsight.Mystery mystery = in.mystery();
            if (mystery == null || mystery.criteria().isEmpty()) {
                f.paragraph(w("noMystery"), f.text, 9, GREY, MARGIN, CONTENT);
                return;
            }
            f.paragraph(w("visits").replace("{n}", Integer.toString(mystery.visits())), f.text, 9, GREY, MARGIN, CONTENT);
            float first = 190;
            float column = (CONTENT - first) / 4;
            List<String> heads = List.of(w("criterion"), w("you"), w("industry"), w("category"), w("sizeClass"));
            f.need(40);
            f.y -= 16;
            for (int i = 0; i < heads.size(); i++) {
                float x = i == 0 ? MARGIN : MARGIN + first + (i - 1) * column;
                f.show(PdfSheets.ellipsis(f.strong, 8, heads.get(i), (i == 0 ? first : column) - 6), f.strong, 8, DARK, x, f.y);
            }
            f.y -= 5;
            PdfSheets.rule(f.out, MARGIN, f.y, CONTENT, GREY, 0.5f);
            for (ParticipantInsight.Criterion c : mystery.criteria()) {
                String wording = c.wording() == null ? c.id() : c.wording().getOrDefault(lang.code(), c.id());
                List<String> lines = wrap(f.text, 9, printable(f.text, wording), first - 8);
                float rowHeight = lines.size() * 12 + 6;
                f.need(rowHeight);
                float top = f.y;
                for (int i = 0; i < lines.size(); i++) {
                    f.show(lines.get(i), f.text, 9, DARK, MARGIN, top - 12 - i * 12);
                }
                f.show(orDash(c.overall()), f.strong, 9, DARK, MARGIN + first, top - 12);
                for (int g = 0; g < GROUPS.size(); g++) {
                    Benchmark b = group(GROUPS.get(g));
                    BigDecimal mean = b == null || !b.enoughEvaluated() ? null : b.criteria().get(c.id());
                    String cell = b == null ? "—" : mean == null ? w("notEnough") : number(mean);
                    f.show(PdfSheets.ellipsis(f.text, 8, cell, column - 6), f.text, mean == null ? 8 : 9,
                            mean == null ? GREY : DARK, MARGIN + first + (g + 1) * column, top - 12);
                }
                f.y = top - rowHeight;
                PdfSheets.rule(f.out, MARGIN, f.y, CONTENT, LIGHT, 0.4f);
            }
            for (String note : mystery.notes()) {
                f.gap(4);
                f.paragraph("– " + note, f.text, 9, DARK, MARGIN, CONTENT);
            }
        }

        /** A few texts: the most stars first, then the newest. */
        private void highlights() throws IOException {
            f.heading(w("highlights"));
            List<ParticipantInsight.PraiseText> texts = in.texts().stream()
                    .filter(t -> t.text() != null && !t.text().isBlank())
                    .sorted(Comparator.comparingInt(ParticipantInsight.PraiseText::stars).reversed()
                            .thenComparing(ParticipantInsight.PraiseText::confirmedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                    .limit(Report.HIGHLIGHTS).toList();
            if (texts.isEmpty()) {
                f.paragraph(w("noTexts"), f.text, 9, GREY, MARGIN, CONTENT);
                return;
            }
            for (ParticipantInsight.PraiseText t : texts) {
                f.gap(4);
                f.paragraph("„" + t.text().strip() + "“", f.text, 10, DARK, MARGIN + 10, CONTENT - 10);
                String about = "★".repeat(Math.max(0, Math.min(5, t.stars())))
                        + (t.employee() == null || t.employee().isBlank() ? "" : " · " + t.employee())
                        + (t.confirmedAt() == null ? "" : " · " + CalendarDates.date(lang,
                                t.confirmedAt().atZone(lv.praise.domain.Campaign.RIGA).toLocalDate()));
                f.paragraph(about, f.text, 8, GREY, MARGIN + 10, CONTENT - 10);
            }
        }

        private void employees() throws IOException {
            f.heading(w("employees"));
            if (in.employees().isEmpty()) {
                f.paragraph(w("noEmployees"), f.text, 9, GREY, MARGIN, CONTENT);
                return;
            }
            float count = 60;
            header();
            for (ParticipantInsight.Employee e : in.employees()) {
                List<String> lines = wrap(f.text, 10, printable(f.text, e.name()), CONTENT - count - 10);
                float rowHeight = lines.size() * 13 + 5;
                if (f.y - rowHeight < BOTTOM) {
                    f.newPage();
                    header();
                }
                float top = f.y;
                for (int i = 0; i < lines.size(); i++) {
                    f.show(lines.get(i), f.text, 10, DARK, MARGIN, top - 12 - i * 13);
                }
                String n = Long.toString(e.count());
                f.show(n, f.strong, 10, DARK, W - MARGIN - width(f.strong, 10, n), top - 12);
                f.y = top - rowHeight;
                PdfSheets.rule(f.out, MARGIN, f.y, CONTENT, LIGHT, 0.4f);
            }
        }

        private void header() throws IOException {
            f.need(30);
            f.y -= 14;
            f.show(w("employee"), f.strong, 9, DARK, MARGIN, f.y);
            f.show(w("praises"), f.strong, 9, DARK, W - MARGIN - width(f.strong, 9, w("praises")), f.y);
            f.y -= 5;
            PdfSheets.rule(f.out, MARGIN, f.y, CONTENT, GREY, 0.5f);
        }

        private Benchmark group(String name) {
            return in.benchmarks() == null ? null
                    : in.benchmarks().stream().filter(b -> name.equals(b.group())).findFirst().orElse(null);
        }

        /** Two decimals, with the language's decimal sign (Latvian writes a comma). */
        private String number(BigDecimal value) {
            String plain = value.setScale(2, RoundingMode.HALF_UP).toPlainString();
            return lang == Lang.LV ? plain.replace('.', ',') : plain;
        }

        private String orDash(BigDecimal value) {
            return value == null ? "—" : number(value);
        }

        private String percent(BigDecimal share) {
            if (share == null) {
                return "—";
            }
            return share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
        }

        private String rank(Integer rank) {
            return rank == null ? "—" : lang == Lang.LV ? rank + "." : rank.toString();
        }
    }
}
