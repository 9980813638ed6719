package dev.trustrules;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * One row of a field-check table: a valid record with one component replaced by {@code value}, and
 * either the exact {@link IllegalArgumentException} message its constructor must throw, or the value the
 * built record must hold ({@code readAs}, usually {@code value} itself).
 *
 * <p>The generators give both sides of each kind of check: the value that just passes and the one
 * that just fails.
 */
public record FieldCase(Record valid, String component, Object value, String message, Object readAs) {

    public static FieldCase rejects(Record valid, String component, Object value, String message) {
        return new FieldCase(valid, component, value, message, null);
    }

    public static FieldCase accepts(Record valid, String component, Object value) {
        return new FieldCase(valid, component, value, null, value);
    }

    public static FieldCase readsAs(Record valid, String component, Object value, Object readAs) {
        return new FieldCase(valid, component, value, null, readAs);
    }

    public boolean rejected() {
        return message != null;
    }

    /** The valid record with {@code component} replaced, through its canonical constructor. */
    public Record build() {
        RecordComponent[] components = valid.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            found |= components[i].getName().equals(component);
            args[i] = components[i].getName().equals(component) ? value : read(valid, components[i].getName());
        }
        if (!found) {
            throw new AssertionError(valid.getClass().getSimpleName() + " has no component " + component);
        }
        try {
            Constructor<?> canonical = valid.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return (Record) canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The value of this case's component in {@code built}. */
    public Object read(Record built) {
        return read(built, component);
    }

    private static Object read(Record record, String component) {
        try {
            return record.getClass().getMethod(component).invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public String toString() {
        return valid.getClass().getSimpleName() + "." + component + " = " + show(value)
                + (rejected() ? " is rejected" : " is kept" + (readAs == value ? "" : " as " + show(readAs)));
    }

    private static String show(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    /** {@code Require.id}: null, empty and blank fail; a one-character id passes. */
    public static Stream<FieldCase> requiredId(Record valid, String component, String field) {
        return Stream.of(
                rejects(valid, component, null, field + " must be a non-blank id, was null"),
                rejects(valid, component, "", field + " must be a non-blank id, was \"\""),
                rejects(valid, component, " \t", field + " must be a non-blank id, was \" \t\""),
                accepts(valid, component, "x"));
    }

    /** {@code Require.optionalId}: absent passes; empty and blank fail; a one-character id passes. */
    public static Stream<FieldCase> optionalId(Record valid, String component, String field) {
        return Stream.of(
                accepts(valid, component, null),
                rejects(valid, component, "", field + " must be a non-blank id, was \"\""),
                rejects(valid, component, " ", field + " must be a non-blank id, was \" \""),
                accepts(valid, component, "x"));
    }

    /** {@code Require.text}: null, empty and blank fail; one character passes. */
    public static Stream<FieldCase> requiredText(Record valid, String component, String field) {
        return Stream.of(
                rejects(valid, component, null, field + " must be non-blank, was null"),
                rejects(valid, component, "", field + " must be non-blank, was \"\""),
                rejects(valid, component, " ", field + " must be non-blank, was \" \""),
                accepts(valid, component, "x"));
    }

    /** {@code Require.present}: null fails; the valid record's value passes. */
    public static Stream<FieldCase> required(Record valid, String component, String field) {
        return Stream.of(
                rejects(valid, component, null, field + " is required, was null"),
                accepts(valid, component, read(valid, component)));
    }

    /** {@code Require.nonNegative} on an {@code int} or {@code long} component: -1 and the minimum fail, 0 and the maximum pass. */
    public static Stream<FieldCase> nonNegative(Record valid, String component, String field) {
        boolean isLong = Arrays.stream(valid.getClass().getRecordComponents())
                .filter(c -> c.getName().equals(component)).findFirst().orElseThrow().getType() == long.class;
        String expected = field + " must be >= 0, was ";
        if (isLong) {
            return Stream.of(
                    rejects(valid, component, -1L, expected + "-1"),
                    rejects(valid, component, Long.MIN_VALUE, expected + Long.MIN_VALUE),
                    accepts(valid, component, 0L),
                    accepts(valid, component, Long.MAX_VALUE));
        }
        return Stream.of(
                rejects(valid, component, -1, expected + "-1"),
                rejects(valid, component, Integer.MIN_VALUE, expected + Integer.MIN_VALUE),
                accepts(valid, component, 0),
                accepts(valid, component, Integer.MAX_VALUE));
    }

    /** {@code Require.between} on an {@code int} component: one below and one above fail, both bounds pass. */
    public static Stream<FieldCase> between(Record valid, String component, String field, int min, int max) {
        String expected = field + " must be between " + min + " and " + max + ", was ";
        return Stream.of(
                rejects(valid, component, min - 1, expected + (min - 1)),
                accepts(valid, component, min),
                accepts(valid, component, max),
                rejects(valid, component, max + 1, expected + (max + 1)));
    }

    /**
     * {@code Require.reason}: absent, empty, a bad first and a bad later character fail; the shortest
     * code and one with a digit and an underscore pass. {@code ReasonCodeTest} tries the whole pattern.
     */
    public static Stream<FieldCase> reasonCode(Record valid, String component, String field) {
        String expected = field + " must be an UPPER_SNAKE_CASE reason code, was ";
        return Stream.of(
                rejects(valid, component, null, expected + "null"),
                rejects(valid, component, "", expected + "\"\""),
                rejects(valid, component, "shop enrolled", expected + "\"shop enrolled\""),
                rejects(valid, component, "SHOP ENROLLED", expected + "\"SHOP ENROLLED\""),
                accepts(valid, component, "A"),
                accepts(valid, component, "SCORE_650_TO_749"));
    }
}
