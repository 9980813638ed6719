package dev.trustrules.internal.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A timestamp field that cannot come before another timestamp field of the same object. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface NotBefore {
    /** The earlier field, in the same object. */
    String value();

    /** Why the order cannot happen, for the message ({@code "an order cannot be delivered before it is paid"}). */
    String because();
}
