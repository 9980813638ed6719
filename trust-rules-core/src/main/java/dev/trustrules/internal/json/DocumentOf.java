package dev.trustrules.internal.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The record a document record of the JSON form stands for ({@code ClaimDocument} for
 * {@link dev.trustrules.facts.AfterSaleClaim}): the JSON Schema describes the document's fields in that
 * record's javadoc (where the document's own has no {@code @param}), holds them to that record's
 * constructor checks when the reader builds it, and names the object after it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DocumentOf {
    /** The record the document becomes. */
    Class<?> value();

    /**
     * The object's name in the schema, when it is an object of its own rather than the record: it is then
     * described by its own javadoc.
     */
    String name() default "";

    /** Whether the reader builds the record from the document, so that the record's constructor checks apply. */
    boolean built() default true;
}
