package lv.praise.testkit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a third party does with the published open-data file, written from docs/scoring.md and docs/awards.md
 * alone – it uses no class of the scoring code, so a test comparing its answers with the published results
 * checks the documents and the code against each other. It takes nothing but the file's text: the digest is
 * SHA-256 of it, and every participant's total, eligibility and place follow from its lines (formulas 2027.1
 * and 2027.2).
 */
public final class OpenDataCheck {
    /** One participant as recomputed; rank null when not eligible. */
    public record Row(String id, String name, BigDecimal total, long praise, BigDecimal mystery, boolean eligible,
                      Integer rank) {
    }

    private record Profile(String id, String name, String sizeClass, boolean branches) {
    }

    private OpenDataCheck() {
    }

    public static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every listed participant, recomputed, by id. */
    public static Map<String, Row> recompute(String text) {
        String formula = null;
        String[] rules = null;
        String[] rules2 = null;
        Map<String, Profile> profiles = new LinkedHashMap<>();
        Map<String, long[]> online = new HashMap<>();
        Map<String, long[]> branch = new HashMap<>();
        Map<String, List<Q>> evaluations = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "formula" -> formula = f[1];
                case "rules" -> rules = f;
                case "rules2027.2" -> rules2 = f;
                case "channel" -> { } // the praise lines are already per component
                case "participant" -> profiles.put(f[1], new Profile(f[1], f[2], f[5], Boolean.parseBoolean(f[6])));
                case "praise" -> (f[2].equals("online") ? online : branch).put(f[1],
                        new long[] {Long.parseLong(f[3]), Long.parseLong(f[4])});
                // A visit's score that does not end as a decimal is written n/d (docs/awards.md).
                case "evaluation" -> evaluations.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[4].contains("/")
                        ? Q.of(f[4].substring(0, f[4].indexOf('/'))).div(Q.of(f[4].substring(f[4].indexOf('/') + 1)))
                        : Q.of(f[4]));
                default -> throw new IllegalArgumentException("unknown line: " + line);
            }
        }
        boolean second = "2027.2".equals(formula);
        if (!second && !"2027.1".equals(formula)) {
            throw new IllegalArgumentException("formula " + formula);
        }
        Q c = Q.of(rules[1]);
        Q defaultMean = Q.of(rules[2]);
        Q wOnline = Q.of(rules[3]);
        Q wBranch = Q.of(rules[4]);
        Q wMystery = Q.of(rules[5]);
        BigDecimal threshold = new BigDecimal(rules[6]);
        long minimum = second ? Long.parseLong(rules2[1]) : 0;
        Q volumeShare = second ? Q.of(rules2[2]) : null;
        Q k = second ? Q.of(rules2[3]) : null;

        // Praise and evaluations of ids not listed are left out of every figure (docs/scoring.md §2).
        online.keySet().retainAll(profiles.keySet());
        branch.keySet().retainAll(profiles.keySet());
        evaluations.keySet().retainAll(profiles.keySet());
        Q meanOnline = mean(online.values(), defaultMean);
        Q meanBranch = mean(branch.values(), defaultMean);
        Q mu = null;
        if (second) {
            Q sum = Q.ZERO;
            long n = 0;
            for (List<Q> scores : evaluations.values()) {
                for (Q s : scores) {
                    sum = sum.plus(s);
                    n++;
                }
            }
            mu = n == 0 ? Q.ZERO : sum.div(Q.of(n));
        }

        Map<String, Row> rows = new LinkedHashMap<>();
        for (Profile p : profiles.values()) {
            long[] on = online.getOrDefault(p.id, new long[2]);
            long[] br = branch.getOrDefault(p.id, new long[2]);
            Q num = Q.ZERO;
            Q den = Q.ZERO;
            Q onlineScore = component(on, meanOnline, c);
            if (second) {
                onlineScore = volume(onlineScore, on[0], reference(profiles, online, p.sizeClass, false, minimum), volumeShare);
            }
            num = num.plus(wOnline.times(onlineScore));
            den = den.plus(wOnline);
            if (p.branches) {
                Q branchScore = component(br, meanBranch, c);
                if (second) {
                    branchScore = volume(branchScore, br[0], reference(profiles, branch, p.sizeClass, true, minimum), volumeShare);
                }
                num = num.plus(wBranch.times(branchScore));
                den = den.plus(wBranch);
            }
            List<Q> scores = evaluations.getOrDefault(p.id, List.of());
            BigDecimal mystery = null;
            if (!scores.isEmpty()) {
                Q sum = Q.ZERO;
                for (Q s : scores) {
                    sum = sum.plus(s);
                }
                Q e = Q.of(scores.size());
                Q m = second ? k.times(mu).plus(sum).div(k.plus(e)) : sum.div(e);
                mystery = m.round2();
                num = num.plus(wMystery.times(m));
                den = den.plus(wMystery);
            }
            BigDecimal total = num.div(den).round2();
            long praise = on[0] + br[0];
            boolean eligible = !scores.isEmpty() && praise >= minimum && total.compareTo(threshold) >= 0;
            rows.put(p.id, new Row(p.id, p.name, total, praise, mystery, eligible, null));
        }
        return ranked(rows, second);
    }

    /** Places: by total, praise, mystery; 2027.2 shares a place among equals, 2027.1 goes on by Latvian name, then id. */
    private static Map<String, Row> ranked(Map<String, Row> rows, boolean shared) {
        Collator lv = Collator.getInstance(Locale.forLanguageTag("lv"));
        Comparator<Row> merit = Comparator.comparing(Row::total).thenComparingLong(Row::praise)
                .thenComparing(Row::mystery).reversed();
        List<Row> eligible = rows.values().stream().filter(Row::eligible)
                .sorted(merit.thenComparing(Row::name, lv).thenComparing(Row::id)).toList();
        Map<String, Row> out = new LinkedHashMap<>(rows);
        for (int i = 0; i < eligible.size(); i++) {
            Row r = eligible.get(i);
            int rank = i + 1;
            if (shared) {
                rank = 1 + (int) eligible.stream().filter(o -> merit.compare(o, r) < 0).count();
            }
            out.put(r.id, new Row(r.id, r.name, r.total, r.praise, r.mystery, true, rank));
        }
        return out;
    }

    private static Q mean(Iterable<long[]> praise, Q fallback) {
        long n = 0;
        long stars = 0;
        for (long[] p : praise) {
            n += p[0];
            stars += p[1];
        }
        return n == 0 ? fallback : Q.of(stars).div(Q.of(n));
    }

    /** 20 · (C·m + S) / (C + n). */
    private static Q component(long[] praise, Q mean, Q c) {
        return Q.of(20).times(c.times(mean).plus(Q.of(praise[1]))).div(c.plus(Q.of(praise[0])));
    }

    /** (1 − w) · stars + w · 100 · n / (n + R). */
    private static Q volume(Q stars, long n, Q reference, Q w) {
        Q volume = Q.of(100 * n).div(Q.of(n).plus(reference));
        return Q.of(1).minus(w).times(stars).plus(w.times(volume));
    }

    /** The median of n over the size class's participants having the component, at least the minimum and 1. */
    private static Q reference(Map<String, Profile> profiles, Map<String, long[]> praise, String sizeClass,
                               boolean branchComponent, long minimum) {
        List<Long> counts = new ArrayList<>();
        for (Profile p : profiles.values()) {
            if (p.sizeClass.equals(sizeClass) && (!branchComponent || p.branches)) {
                counts.add(praise.getOrDefault(p.id, new long[2])[0]);
            }
        }
        counts.sort(null);
        int size = counts.size();
        Q median = size % 2 == 1 ? Q.of(counts.get(size / 2))
                : Q.of(counts.get(size / 2 - 1) + counts.get(size / 2)).div(Q.of(2));
        Q floor = Q.of(Math.max(minimum, 1));
        return median.compareTo(floor) < 0 ? floor : median;
    }

    /** An exact rational number, as docs/scoring.md §3 requires (no double anywhere). */
    private record Q(BigInteger n, BigInteger d) implements Comparable<Q> {
        static final Q ZERO = of(0);

        Q {
            if (d.signum() < 0) {
                n = n.negate();
                d = d.negate();
            }
            BigInteger g = n.gcd(d);
            if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
                n = n.divide(g);
                d = d.divide(g);
            }
        }

        static Q of(long v) {
            return new Q(BigInteger.valueOf(v), BigInteger.ONE);
        }

        static Q of(String decimal) {
            return of(new BigDecimal(decimal));
        }

        static Q of(BigDecimal v) {
            return v.scale() <= 0 ? new Q(v.toBigIntegerExact(), BigInteger.ONE)
                    : new Q(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
        }

        Q plus(Q o) {
            return new Q(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
        }

        Q minus(Q o) {
            return plus(new Q(o.n.negate(), o.d));
        }

        Q times(Q o) {
            return new Q(n.multiply(o.n), d.multiply(o.d));
        }

        Q div(Q o) {
            return new Q(n.multiply(o.d), d.multiply(o.n));
        }

        BigDecimal round2() {
            return new BigDecimal(n).divide(new BigDecimal(d), 2, RoundingMode.HALF_UP);
        }

        @Override
        public int compareTo(Q o) {
            return n.multiply(o.d).compareTo(o.n.multiply(d));
        }
    }
}
