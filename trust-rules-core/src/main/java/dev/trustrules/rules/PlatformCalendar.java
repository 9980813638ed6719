package dev.trustrules.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Time arithmetic for rule files, in the platform's time zone (Asia/Shanghai).
 *
 * <p>"Within N days of delivery" is counted in calendar days: a claim filed on the 30th calendar day
 * after the day of delivery is within 30 days, one filed on the 31st is not. Hour windows are exact
 * durations.
 */
public final class PlatformCalendar {
    /** The platform's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PlatformCalendar() {}

    /** Calendar days from the day of {@code from} to the day of {@code to}, in the platform zone (negative if earlier). */
    public static long daysAfter(Instant from, Instant to) {
        return ChronoUnit.DAYS.between(localDate(from), localDate(to));
    }

    /** Whether {@code to} is at most {@code hours} hours after {@code from}. */
    public static boolean withinHours(Instant from, Instant to, long hours) {
        return !to.isAfter(from.plus(Duration.ofHours(hours)));
    }

    /** Whole hours from {@code from} to {@code to}, rounded up: 24 hours and one minute is 25. */
    public static long hoursAfterRoundedUp(Instant from, Instant to) {
        long seconds = Duration.between(from, to).getSeconds();
        return Math.floorDiv(seconds + 3599, 3600);
    }

    /** 00:00 of the day after {@code time}, in the platform zone. */
    public static Instant startOfNextDay(Instant time) {
        return localDate(time).plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /**
     * The end of a window of {@code hours} hours that starts at 00:00 of the day after {@code signedAt}
     * (the 7-day no-reason return: 168 hours). A claim is in time if filed before this instant.
     */
    public static Instant windowEndFromNextDay(Instant signedAt, long hours) {
        return startOfNextDay(signedAt).plus(Duration.ofHours(hours));
    }

    /** The local date of {@code time} in the platform zone. */
    public static LocalDate localDate(Instant time) {
        return time.atZone(ZONE).toLocalDate();
    }
}
