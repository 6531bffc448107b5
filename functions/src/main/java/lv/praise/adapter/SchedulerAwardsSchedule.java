package lv.praise.adapter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.praise.domain.campaigns.AwardsSchedule;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ActionAfterCompletion;
import software.amazon.awssdk.services.scheduler.model.ConflictException;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindowMode;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.ResourceNotFoundException;
import software.amazon.awssdk.services.scheduler.model.ScheduleState;
import software.amazon.awssdk.services.scheduler.model.Target;

/**
 * The awards' one-time schedules in EventBridge Scheduler: one per campaign year, named
 * {@code praise-awards-<year>} in the stack's schedule group, invoking the publication worker with
 * {@code {"campaignYear": <year>, "time": ..., "resources": [...]}} ({@link #input}). Kept after it fired (ActionAfterCompletion NONE), so the time it had can
 * still be read back.
 */
public final class SchedulerAwardsSchedule implements AwardsSchedule {
    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final Pattern AT = Pattern.compile("at\\((\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})\\)");
    /** The scheduler's retries of a failed delivery to the worker (as the template's schedules had). */
    static final int RETRY_ATTEMPTS = 3;

    private final SchedulerClient scheduler;
    private final String group;
    private final String workerArn;
    private final String roleArn;
    private final String failuresQueueArn;

    public SchedulerAwardsSchedule(SchedulerClient scheduler, String group, String workerArn, String roleArn,
                                   String failuresQueueArn) {
        this.scheduler = scheduler;
        this.group = group;
        this.workerArn = workerArn;
        this.roleArn = roleArn;
        this.failuresQueueArn = failuresQueueArn;
    }

    /**
     * The worker's event: the year, and the scheduler's own time and schedule ARN (context attributes it fills
     * in), which the worker logs as it logged the template schedule's event.
     */
    static String input(int year) {
        return "{\"campaignYear\":" + year + ",\"time\":\"<aws.scheduler.scheduled-time>\","
                + "\"resources\":[\"<aws.scheduler.schedule-arn>\"]}";
    }

    static String name(int year) {
        return "praise-awards-" + year;
    }

    /** A one-time schedule's expression: the wall-clock time in the schedule's zone. */
    static String expression(Instant at, ZoneId zone) {
        return "at(" + WALL_CLOCK.format(LocalDateTime.ofInstant(at, zone)) + ")";
    }

    @Override
    public void scheduleAwards(int year, Instant at, ZoneId timeZone) {
        Target target = Target.builder()
                .arn(workerArn)
                .roleArn(roleArn)
                .input(input(year))
                .retryPolicy(r -> r.maximumRetryAttempts(RETRY_ATTEMPTS))
                .deadLetterConfig(d -> d.arn(failuresQueueArn))
                .build();
        String expression = expression(at, timeZone);
        try {
            scheduler.updateSchedule(r -> r.name(name(year)).groupName(group).scheduleExpression(expression)
                    .scheduleExpressionTimezone(timeZone.getId()).flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.OFF))
                    .target(target).state(ScheduleState.ENABLED).actionAfterCompletion(ActionAfterCompletion.NONE));
        } catch (ResourceNotFoundException first) {
            try {
                scheduler.createSchedule(r -> r.name(name(year)).groupName(group).scheduleExpression(expression)
                        .scheduleExpressionTimezone(timeZone.getId())
                        .flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.OFF))
                        .target(target).state(ScheduleState.ENABLED).actionAfterCompletion(ActionAfterCompletion.NONE));
            } catch (ConflictException createdMeanwhile) {
                // Another call created it between our update and our create: ours is the later word.
                scheduler.updateSchedule(r -> r.name(name(year)).groupName(group).scheduleExpression(expression)
                        .scheduleExpressionTimezone(timeZone.getId())
                        .flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.OFF))
                        .target(target).state(ScheduleState.ENABLED).actionAfterCompletion(ActionAfterCompletion.NONE));
            }
        }
    }

    @Override
    public Optional<Scheduled> find(int year) {
        GetScheduleResponse schedule;
        try {
            schedule = scheduler.getSchedule(r -> r.name(name(year)).groupName(group));
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
        Matcher m = AT.matcher(String.valueOf(schedule.scheduleExpression()));
        if (!m.matches()) {
            throw new IllegalStateException("schedule " + name(year) + " is not a one-time schedule: "
                    + schedule.scheduleExpression());
        }
        ZoneId zone = ZoneId.of(schedule.scheduleExpressionTimezone() == null ? "UTC" : schedule.scheduleExpressionTimezone());
        return Optional.of(new Scheduled(year, LocalDateTime.parse(m.group(1)).atZone(zone).toInstant(), zone));
    }
}
