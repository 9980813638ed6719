package dev.trustrules.internal.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of the JSON form as optional and says what leaving it out (or writing {@code null})
 * means. Every field without it is required: missing or {@code null}, it is refused naming the field.
 * Put on the record component of a document type, or on the accessor of a mixin ({@link FactForms}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface AbsentMeans {
    /** What absence means, in words for the field reference ({@code "CNY"}, {@code "not yet delivered"}). */
    String value();

    /** Whether an explicit {@code null} means an empty list rather than absence (scenario expectations). */
    boolean nullMeansEmpty() default false;
}
