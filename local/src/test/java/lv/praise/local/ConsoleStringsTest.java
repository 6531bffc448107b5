package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.praise.domain.ErrorCode;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.Test;

/**
 * The console's string table (static-site/admin/i18n-admin.js) has a sentence in lv, en and et for every
 * error code the API can answer, so no error reaches an organiser as a code or in English; a counted
 * string's plural forms ("key|one", "key|zero") come with the key itself (the "other" form).
 */
class ConsoleStringsTest {
    private static final Path TABLE = SamTemplate.locate().resolveSibling("static-site").resolve("admin/i18n-admin.js");
    private static final Pattern ENTRY = Pattern.compile("^\\s*'([^']+)': \\['([^']*)', '([^']*)', '([^']*)'\\],?\\s*$",
            Pattern.MULTILINE);

    private static Map<String, List<String>> table() throws IOException {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        Matcher m = ENTRY.matcher(Files.readString(TABLE, StandardCharsets.UTF_8));
        while (m.find()) {
            entries.put(m.group(1), List.of(m.group(2), m.group(3), m.group(4)));
        }
        return entries;
    }

    @Test
    void everyErrorCodeHasTheConsolesSentenceInThreeLanguages() throws IOException {
        Map<String, List<String>> table = table();
        List<String> missing = new ArrayList<>();
        for (ErrorCode code : ErrorCode.values()) {
            List<String> texts = table.get("a.err." + code.code());
            if (texts == null || texts.stream().anyMatch(String::isBlank)) {
                missing.add(code.code());
            }
        }
        assertEquals(List.of(), missing, "a.err.<code> in lv, en and et");
        for (String other : List.of("network", "throttled", "unavailable", "internal")) {
            assertTrue(table.containsKey("a.err." + other), other);
        }
    }

    @Test
    void everyReasonALetterCanFailWithHasItsLabelInThreeLanguages() throws IOException {
        Map<String, List<String>> table = table();
        List<String> codes = new ArrayList<>();
        for (lv.praise.domain.MailNotSentException.Reason reason : lv.praise.domain.MailNotSentException.Reason.values()) {
            codes.add(reason.name().toLowerCase(java.util.Locale.ROOT));
        }
        codes.addAll(List.of(lv.praise.domain.reports.ReportDelivery.NO_CONTACT,
                lv.praise.domain.reports.ReportDelivery.REPORT_FAILED, lv.praise.domain.reports.ReportDelivery.UNKNOWN_OUTCOME,
                lv.praise.domain.reports.ReportDelivery.REFUSED));
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            // As awards-reports.js looks a reason up: the letters' shared label, else the reports' own.
            List<String> texts = table.getOrDefault("aw.lastError." + code, table.get("rep.error." + code));
            if (texts == null || texts.stream().anyMatch(String::isBlank)) {
                missing.add(code);
            }
        }
        assertEquals(List.of(), missing, "aw.lastError.<code> or rep.error.<code> in lv, en and et");
    }

    @Test
    void pluralFormsComeWithTheirKeyAndLatvianDiffersWhereItShould() throws IOException {
        Map<String, List<String>> table = table();
        List<String> orphans = table.keySet().stream().filter(k -> k.contains("|"))
                .filter(k -> !table.containsKey(k.substring(0, k.indexOf('|')))).toList();
        assertEquals(List.of(), orphans, "a plural form without its 'other' form");
        assertEquals("{n} derīgo rindu", table.get("cnt.validRows|one").get(0));
        assertEquals("{n} derīgās rindas", table.get("cnt.validRows").get(0));
    }
}
