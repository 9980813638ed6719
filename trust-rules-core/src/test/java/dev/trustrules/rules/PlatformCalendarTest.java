package dev.trustrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PlatformCalendarTest {

    private static Instant shanghai(int month, int day, int hour, int minute, int second) {
        return OffsetDateTime.of(2026, month, day, hour, minute, second, 0, ZoneOffset.ofHours(8)).toInstant();
    }

    @Test
    void should_count_calendar_days_in_shanghai_not_utc() {
        // 23:30 and 00:30 the next day in Shanghai are one calendar day apart, although both are 15:30/16:30 UTC of one day
        assertThat(PlatformCalendar.daysAfter(shanghai(3, 1, 23, 30, 0), shanghai(3, 2, 0, 30, 0))).isEqualTo(1);
        assertThat(PlatformCalendar.daysAfter(shanghai(3, 1, 0, 0, 0), shanghai(3, 1, 23, 59, 59))).isZero();
        assertThat(PlatformCalendar.daysAfter(shanghai(3, 1, 10, 0, 0), shanghai(3, 31, 23, 59, 59))).isEqualTo(30);
        assertThat(PlatformCalendar.daysAfter(shanghai(3, 1, 10, 0, 0), shanghai(4, 1, 0, 0, 0))).isEqualTo(31);
    }

    @Test
    void should_close_the_seven_day_window_168_hours_after_midnight_following_sign_off() {
        Instant signed = shanghai(3, 3, 21, 15, 0);
        assertThat(PlatformCalendar.startOfNextDay(signed)).isEqualTo(shanghai(3, 4, 0, 0, 0));
        assertThat(PlatformCalendar.windowEndFromNextDay(signed, 168)).isEqualTo(shanghai(3, 11, 0, 0, 0));
    }

    @Test
    void should_accept_exactly_the_limit_of_an_hour_window() {
        Instant signed = shanghai(3, 3, 10, 0, 0);
        assertThat(PlatformCalendar.withinHours(signed, shanghai(3, 4, 10, 0, 0), 24)).isTrue();
        assertThat(PlatformCalendar.withinHours(signed, shanghai(3, 4, 10, 0, 1), 24)).isFalse();
        assertThat(PlatformCalendar.hoursAfterRoundedUp(signed, shanghai(3, 4, 10, 0, 1))).isEqualTo(25);
        assertThat(PlatformCalendar.hoursAfterRoundedUp(signed, shanghai(3, 4, 12, 0, 0))).isEqualTo(26);
    }
}
