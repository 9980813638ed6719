package dev.trustrules.internal.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A reader of the JSON form that says, as JSON Schema (draft 2020-12), which values it takes: the
 * strict scalars, the timestamps and dates, the enum constants. {@link JsonSchemas} asks the reader of
 * each field for its form, so the schema takes what the reader takes.
 */
public interface SchemaForm {
    /** Adds the keywords of the values this reader takes ({@code type}, {@code pattern}, ...) to {@code schema}. */
    void describe(ObjectNode schema);

    /** The enum whose constants' names this reader takes, if it takes those: the schema then refers to the enum. */
    default Class<?> namesOf() {
        return null;
    }
}
