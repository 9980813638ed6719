/**
 * The JSON form of requests and decisions ({@link dev.trustrules.json.TrustJson}): what the
 * command-line tool, the examples and scenario files read and write. Timestamps are ISO-8601 with an
 * offset, amounts are integer fen, field names are those of the Java records. Its JSON Schemas, the field
 * reference, are {@link dev.trustrules.json.TrustSchema}; {@link dev.trustrules.json.JsonLinesReader} splits a JSON
 * Lines corpus as {@code trust-rules diff} does.
 */
package dev.trustrules.json;
