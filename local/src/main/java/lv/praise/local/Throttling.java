package lv.praise.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import lv.praise.testkit.SamTemplate;

/**
 * API Gateway's route throttling, as the HTTP API declares it: a token bucket per route, filled at
 * {@code ThrottlingRateLimit} tokens a second up to {@code ThrottlingBurstLimit}, one token per
 * request. A route takes its API's {@code DefaultRouteSettings}, then its {@code RouteSettings}
 * entry (by route key), then its event's own {@code RouteSettings}; what none of them sets is the
 * account's default (10 000 a second, burst 5 000). A request without a token gets API Gateway's 429.
 */
final class Throttling {
    /** What API Gateway answers when a route's bucket is empty; the function is not called. */
    static final String TOO_MANY_REQUESTS_BODY = "{\"message\":\"Too Many Requests\"}";
    static final double ACCOUNT_RATE = 10_000;
    static final int ACCOUNT_BURST = 5_000;

    /** A route's limits. */
    record Limit(double ratePerSecond, int burst) {
        Limit {
            if (ratePerSecond < 0 || burst < 0) {
                throw new IllegalArgumentException("throttling limits are 0 or more");
            }
        }

        String describe() {
            return String.format(Locale.ROOT, "%s/s burst %d",
                    ratePerSecond == Math.rint(ratePerSecond) ? Long.toString((long) ratePerSecond) : Double.toString(ratePerSecond),
                    burst);
        }
    }

    private final Map<String, Limit> limits;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>();
    private final LongSupplier nanoTime;

    Throttling(Map<String, Limit> limitsByRouteKey, LongSupplier nanoTime) {
        // Sorted by route: the banner names the routes in the same order every run.
        this.limits = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(limitsByRouteKey));
        this.nanoTime = nanoTime;
        long now = nanoTime.getAsLong();
        limits.forEach((route, limit) -> buckets.put(route, new Bucket(limit, now)));
    }

    /** No route throttled (tests of other things). */
    static Throttling none() {
        return new Throttling(Map.of(), System::nanoTime);
    }

    /**
     * The limits of every HttpApi route of the template.
     *
     * @param names values of the template's names (parameter defaults already overridden)
     */
    static Throttling fromTemplate(SamTemplate template, Map<String, String> names, LongSupplier nanoTime) {
        Map<String, Limit> limits = new LinkedHashMap<>();
        for (SamTemplate.Function f : template.functions()) {
            Map<String, Object> events = map(template.properties(f.logicalId()).get("Events"));
            for (Object event : events.values()) {
                Map<String, Object> e = map(event);
                if (!"HttpApi".equals(e.get("Type"))) {
                    continue;
                }
                Map<String, Object> p = map(e.get("Properties"));
                String routeKey = String.valueOf(p.get("Method")).toUpperCase(Locale.ROOT) + " " + p.get("Path");
                Map<String, Object> api = p.get("ApiId") instanceof Map<?, ?> id && map(id).get("Ref") instanceof String ref
                        ? template.properties(ref) : Map.of();
                Double rate = null;
                Integer burst = null;
                for (Map<String, Object> settings : List.of(map(api.get("DefaultRouteSettings")),
                        map(map(api.get("RouteSettings")).get(routeKey)), map(p.get("RouteSettings")))) {
                    String r = resolve(settings.get("ThrottlingRateLimit"), names, routeKey);
                    String b = resolve(settings.get("ThrottlingBurstLimit"), names, routeKey);
                    rate = r != null ? Double.valueOf(r) : rate;
                    burst = b != null ? Integer.valueOf((int) Double.parseDouble(b)) : burst;
                }
                limits.put(routeKey, new Limit(rate != null ? rate : ACCOUNT_RATE, burst != null ? burst : ACCOUNT_BURST));
            }
        }
        return new Throttling(limits, nanoTime);
    }

    /** Takes a token of the route's bucket; false when it is empty (answer 429). Unknown routes pass. */
    boolean tryAcquire(String routeKey) {
        Bucket bucket = buckets.get(routeKey);
        return bucket == null || bucket.tryTake(nanoTime.getAsLong());
    }

    Limit limit(String routeKey) {
        return limits.get(routeKey);
    }

    /** For the banner: the limit most routes share, and the routes that differ from it. */
    String describe() {
        Map<Limit, Long> counts = limits.values().stream().collect(Collectors.groupingBy(l -> l, Collectors.counting()));
        Limit common = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (common == null) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        limits.forEach((route, limit) -> {
            if (!limit.equals(common)) {
                b.append(route).append(' ').append(limit.describe()).append(", ");
            }
        });
        return b.append(b.length() == 0 ? "every route " : "other routes ").append(common.describe()).toString();
    }

    private static String resolve(Object value, Map<String, String> names, String routeKey) {
        if (value == null) {
            return null;
        }
        String resolved = SamTemplate.resolve(value, names);
        if (resolved == null) {
            throw new IllegalStateException("the throttling of " + routeKey + " (" + value + ") has no local value");
        }
        return resolved;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** Tokens as a fraction, refilled lazily from the time since the last request. */
    private static final class Bucket {
        private final Limit limit;
        private double tokens;
        private long lastNanos;

        Bucket(Limit limit, long now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.lastNanos = now;
        }

        synchronized boolean tryTake(long now) {
            tokens = Math.min(limit.burst(), tokens + (now - lastNanos) / 1e9 * limit.ratePerSecond());
            lastNanos = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
