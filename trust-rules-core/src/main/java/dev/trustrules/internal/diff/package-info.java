/**
 * The what-if report's workings: the changes between two decisions of one document
 * ({@link dev.trustrules.internal.diff.DecisionChanges}) and the report's text, Markdown and CSV forms
 * ({@link dev.trustrules.internal.diff.ReportWriter}). The public face is {@link dev.trustrules.diff}.
 */
package dev.trustrules.internal.diff;
