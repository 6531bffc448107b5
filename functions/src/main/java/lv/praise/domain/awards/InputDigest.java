package lv.praise.domain.awards;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import lv.praise.domain.Evaluation;
import lv.praise.domain.scoring.ParticipantProfile;
import lv.praise.domain.scoring.PublicComponent;
import lv.praise.domain.scoring.ScoringRules;
import lv.praise.domain.standings.ScoringRun;

/**
 * The SHA-256 digest of everything the final scores were computed from, written as canonical text
 * (docs/awards.md gives the format), so that anyone holding the data can recompute it and the ranks:
 * the rules, every participant, every evaluation and, per participant and component, the count and
 * star sum of the praise that counted. Lines are sorted, so the digest does not depend on the order
 * the store returned them in.
 */
public final class InputDigest {
    private InputDigest() {
    }

    public static String of(ScoringRun run) {
        return sha256(canonicalText(run));
    }

    /** The text that is digested: UTF-8, one fact per line, fields separated by tabs, each line ending in \n. */
    public static String canonicalText(ScoringRun run) {
        ScoringRules rules = run.standings().rules();
        StringBuilder text = new StringBuilder();
        line(text, "formula", rules.formulaVersion());
        line(text, "rules", plain(rules.priorWeight()), plain(rules.defaultMeanStars()), plain(rules.onlineWeight()),
                plain(rules.branchWeight()), plain(rules.mysteryWeight()), plain(rules.qualityThreshold()));
        if (!rules.isFirstFormula()) {
            // A line of its own, after the first formula's: digests published under 2027.1 stay as they were.
            line(text, "rules2027.2", Integer.toString(rules.minimumPraise()), plain(rules.volumeShare()),
                    plain(rules.mysteryPriorWeight()));
        }
        new TreeMap<>(rules.channelComponents()).forEach((channel, component) ->
                line(text, "channel", channel, component.code()));

        List<String> lines = new ArrayList<>();
        for (ParticipantProfile p : run.profiles()) {
            lines.add(join("participant", p.id(), p.name(), nullable(p.category()), nullable(p.industry()),
                    nullable(p.sizeClass()), Boolean.toString(p.hasBranches())));
            for (PublicComponent component : PublicComponent.values()) {
                long count = run.tally().count(p.id(), component);
                if (count > 0) {
                    lines.add(join("praise", p.id(), component.code(), Long.toString(count),
                            Long.toString(run.tally().starSum(p.id(), component))));
                }
            }
        }
        run.evaluations().stream()
                .sorted(Comparator.comparing(Evaluation::participantId).thenComparing(e -> e.date().toString())
                        .thenComparing(Evaluation::evaluator).thenComparing(Evaluation::channel))
                .forEach(e -> lines.add(join("evaluation", e.participantId(), e.date().toString(), e.channel(),
                        Integer.toString(e.score()))));
        // An approved visit is an evaluation like an imported one: its day, channel and exact score (a plain
        // decimal, or n/d when it does not end: docs/awards.md). A digest without visits is as before.
        run.visits().forEach(v -> lines.add(join("evaluation", v.participantId(),
                v.latest().visitedAt().toLocalDate().toString(), v.channel(), v.latest().score().exact())));
        lines.sort(Comparator.naturalOrder());
        lines.forEach(l -> text.append(l).append('\n'));
        return text.toString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String nullable(String value) {
        return value == null ? "-" : value;
    }

    private static void line(StringBuilder text, String... fields) {
        text.append(join(fields)).append('\n');
    }

    private static String join(String... fields) {
        // Tabs and line breaks inside a value would make two inputs read alike; names never hold them.
        for (String field : fields) {
            if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a scoring input holds a tab or a line break");
            }
        }
        return String.join("\t", fields);
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
