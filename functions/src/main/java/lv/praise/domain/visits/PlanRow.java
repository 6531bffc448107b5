package lv.praise.domain.visits;

/**
 * One visit an organiser plans, as written (JSON or a CSV row), before it is checked. {@code participant} is
 * an id or a registration number; {@code at} is how errors name the row ({@code visits[2].} or {@code rows[3].}).
 */
public record PlanRow(String at, String participant, String branch, String channel, String evaluator, String dueFrom,
                      String dueTo) {
}
