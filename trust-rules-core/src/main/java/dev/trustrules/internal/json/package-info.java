/**
 * The JSON form of requests and decisions (see {@link dev.trustrules.json.TrustJson}), on Jackson
 * databind: one configured JSON mapper and one YAML mapper ({@link dev.trustrules.internal.json.TrustMappers}),
 * with the JavaTimeModule and this package's {@code TrustJsonModule}.
 *
 * <p>The fields are defined once, by the records: the public facts and decision records are read and
 * written as their components, and the few document records here ({@code RequestDocument},
 * {@code ClaimDocument}, {@code ViolationDocument}) exist only where the JSON form differs from the
 * record (a claim's ids come from the order). What the records cannot say (which fields are optional
 * and what absence means, which times cannot precede which) is said by annotations on mixins in
 * {@code FactForms}, not on the public records: services compile against the records without Jackson,
 * another engineer owns them, and the JSON form is one use of them among others (Cedar's Java binding
 * keeps its annotations on its own types; ours are the API). Records are read by {@code RecordBinder},
 * strictly and in one pass, because Jackson's bean deserializer reports the unknown fields of a record
 * only after building it and without their place.
 */
package dev.trustrules.internal.json;
