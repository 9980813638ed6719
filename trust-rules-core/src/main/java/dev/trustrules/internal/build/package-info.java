/**
 * Build-time tools, run by the compiler while it compiles this module and never at run time:
 * {@link dev.trustrules.internal.build.RecordDocsProcessor} keeps the records' javadoc ({@code @param}
 * text) as a resource, so that the JSON Schema describes each field in the words of its record.
 */
package dev.trustrules.internal.build;
