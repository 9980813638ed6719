package dev.trustrules.internal.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A document type whose reader refuses it when none of its fields is given (a field that is
 * {@code null} counts as given only when {@code null} means empty: {@link AbsentMeans#nullMeansEmpty()}).
 * The JSON Schema says it as an {@code anyOf}; the reader says it in its own words.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AtLeastOneField {
}
