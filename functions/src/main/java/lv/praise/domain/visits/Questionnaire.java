package lv.praise.domain.visits;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import lv.praise.domain.FreeText;
import lv.praise.domain.RefusedException;

/**
 * A campaign's questionnaire in one version. Version 1 is {@link #defaults} for every campaign, readable with
 * nothing stored; a version freezes at the first visit submitted on it, and a later change makes the next
 * version (docs/evaluations.md).
 *
 * @param revision the store's mark of what was read (a write lands only while it is unchanged); null for the
 *                 defaults while nothing is stored
 */
public record Questionnaire(int year, int version, boolean frozen, List<Criterion> criteria, String revision) {
    public static final List<String> CHANNELS = List.of("visit", "phone", "e-mail", "web");
    /** Channels where a reply takes hours, so a response-time criterion may apply. */
    public static final Set<String> WRITTEN_CHANNELS = Set.of("e-mail", "web");
    public static final int MAX_CRITERIA = 50;
    static final Pattern ID = Pattern.compile("[a-z0-9-]{1,40}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(8760);

    public Questionnaire {
        criteria = List.copyOf(criteria);
    }

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The criteria that apply to a visit over this channel. */
    public List<Criterion> applicableTo(String channel) {
        return criteria.stream().filter(c -> c.appliesTo(channel)).toList();
    }

    /**
     * Checks criteria an organiser wrote, naming the first field at fault ({@code criteria[2].weight},
     * {@code criteria[0].bands[1].maxHours}); nothing is stored before this passes.
     */
    public static List<Criterion> validate(List<Criterion> criteria) {
        if (criteria == null || criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            throw RefusedException.invalid("criteria", "criteria must list 1 to " + MAX_CRITERIA + " criteria");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String at = "criteria[" + i + "].";
            if (c.id() == null || !ID.matcher(c.id()).matches()) {
                throw RefusedException.invalid(at + "id", "id must be 1–40 of a–z, 0–9 and -");
            }
            if (!ids.add(c.id())) {
                throw RefusedException.invalid(at + "id", "the id " + c.id() + " is used twice");
            }
            wording(at + "wording.lv", c.wording() == null ? null : c.wording().lv());
            wording(at + "wording.en", c.wording() == null ? null : c.wording().en());
            wording(at + "wording.et", c.wording() == null ? null : c.wording().et());
            BigDecimal w = c.weight();
            if (w == null || w.signum() <= 0 || w.compareTo(HUNDRED) > 0 || w.stripTrailingZeros().scale() > 2) {
                throw RefusedException.invalid(at + "weight", "weight must be above 0 and at most 100, with at most 2 decimals");
            }
            if (c.scale() == null) {
                throw RefusedException.invalid(at + "scale", "scale must be yes_no, zero_two, one_five or response_time");
            }
            if (c.channels().isEmpty() || !CHANNELS.containsAll(c.channels())
                    || new HashSet<>(c.channels()).size() != c.channels().size()) {
                throw RefusedException.invalid(at + "channels", "channels must be a non-empty list of visit, phone, e-mail, web");
            }
            if (c.scale() == Scale.RESPONSE_TIME) {
                if (!WRITTEN_CHANNELS.containsAll(c.channels())) {
                    throw RefusedException.invalid(at + "channels", "a response_time criterion applies only to e-mail and web");
                }
                bands(at, c.bands());
            } else if (!c.bands().isEmpty()) {
                throw RefusedException.invalid(at + "bands", "bands belong only to a response_time criterion");
            }
        }
        return List.copyOf(criteria);
    }

    private static void wording(String field, String text) {
        if (text == null || text.isBlank() || text.codePointCount(0, text.length()) > 300) {
            throw RefusedException.invalid(field, "each wording (lv, en, et) is required, 1–300 characters");
        }
        FreeText.name(field, text);
    }

    private static void bands(String at, List<Band> bands) {
        if (bands.isEmpty() || bands.size() > 20) {
            throw RefusedException.invalid(at + "bands", "a response_time criterion needs 1 to 20 bands");
        }
        BigDecimal previous = null;
        for (int j = 0; j < bands.size(); j++) {
            Band b = bands.get(j);
            String field = at + "bands[" + j + "].";
            if (b.maxHours() == null || b.maxHours().signum() < 0 || b.maxHours().compareTo(MAX_HOURS) > 0
                    || (previous != null && b.maxHours().compareTo(previous) <= 0)) {
                throw RefusedException.invalid(field + "maxHours", "maxHours must be 0–8760 hours, ascending");
            }
            if (b.points() < 0 || b.points() > 100) {
                throw RefusedException.invalid(field + "points", "points must be a whole number from 0 to 100");
            }
            previous = b.maxHours();
        }
    }

    /** Version 1 of every campaign: the campaign's own words for good service (issue 17). */
    public static Questionnaire defaults(int year) {
        return new Questionnaire(year, 1, false, DEFAULT_CRITERIA, null);
    }

    private static final List<String> ALL = CHANNELS;
    private static final List<String> SPOKEN = List.of("visit", "phone");

    static final List<Criterion> DEFAULT_CRITERIA = List.of(
            c("greeting", "10", Scale.ONE_FIVE, false, SPOKEN,
                    "Sveiciens: laipni sasveicinājās, smaidīja, skatījās acīs; pamanīja klientu uzreiz, arī apkalpojot citu",
                    "Greeting: a friendly greeting, a smile and eye contact; acknowledged the customer at once, even while serving someone else",
                    "Tervitus: tervitas sõbralikult, naeratas ja vaatas silma; märkas klienti kohe, ka teist teenindades"),
            c("listening", "10", Scale.ONE_FIVE, false, SPOKEN,
                    "Uzklausīšana: uzklausīja, nepārtraucot, un pajautāja, kas vajadzīgs, lai saprastu lūgumu",
                    "Listening: listened without interrupting and asked what was needed to understand the request",
                    "Kuulamine: kuulas katkestamata ja küsis, mida on soovi mõistmiseks vaja teada"),
            c("competence", "15", Scale.ONE_FIVE, false, ALL,
                    "Kompetence: labi pārzina produktu vai pakalpojumu",
                    "Competence: knows the product or service well",
                    "Pädevus: tunneb toodet või teenust hästi"),
            c("options", "10", Scale.ZERO_TWO, false, ALL,
                    "Iespējas: izskaidroja iespējas un nākamo soli – klients aiziet, zinot, kas notiks tālāk",
                    "Options: explained the options and the next step – the customer leaves knowing what happens next",
                    "Võimalused: selgitas võimalusi ja järgmist sammu – klient lahkub teadmisega, mis edasi saab"),
            c("solved", "15", Scale.YES_NO, true, ALL,
                    "Risinājums: atrisināja klienta individuālo problēmu",
                    "Solution: solved the customer's individual problem",
                    "Lahendus: lahendas kliendi konkreetse probleemi"),
            new Criterion("response-time", new Wording(
                    "Atbildes ātrums: stundas no klienta vēstules līdz atbildei",
                    "Response time: hours from the shopper's message to the reply",
                    "Vastamise kiirus: tunnid kliendi kirjast vastuseni"),
                    new BigDecimal("10"), Scale.RESPONSE_TIME, false, List.of("e-mail", "web"), List.of(
                    new Band(new BigDecimal("4"), 100), new Band(new BigDecimal("24"), 70),
                    new Band(new BigDecimal("48"), 40), new Band(new BigDecimal("72"), 20))),
            c("positivity", "10", Scale.ONE_FIVE, false, ALL,
                    "Pozitīva attieksme: draudzīgs un atsaucīgs visas saziņas laikā",
                    "Positivity: friendly and helpful from start to finish",
                    "Positiivsus: sõbralik ja abivalmis kogu suhtluse vältel"),
            c("consistency", "5", Scale.ZERO_TWO, true, ALL,
                    "Vienmērīgums: tikpat laba apkalpošana arī sliktā dienā un ikvienam klientam",
                    "Consistency: the same good service on a bad day and for every customer",
                    "Järjepidevus: sama hea teenindus ka halval päeval ja igale kliendile"),
            c("respect", "10", Scale.YES_NO, false, ALL,
                    "Cieņa un privātums: izturējās ar cieņu un sargāja privātumu; klients ne brīdi nejutās muļķīgi",
                    "Respect and privacy: respectful and discreet; the customer was never made to feel foolish",
                    "Austus ja privaatsus: lugupidav ja diskreetne; klient ei tundnud end kordagi rumalana"),
            c("closing", "5", Scale.ZERO_TWO, false, ALL,
                    "Noslēgums: pajautāja „Vai varu vēl kā palīdzēt?” un pateicās",
                    "Closing: asked \u201cIs there anything else?\u201d and said thank you",
                    "Lõpetus: küsis „Kas saan veel millegagi aidata?“ ja tänas"));

    private static Criterion c(String id, String weight, Scale scale, boolean na, List<String> channels,
                               String lv, String en, String et) {
        return new Criterion(id, new Wording(lv, en, et), new BigDecimal(weight), scale, na, channels, List.of());
    }
}
