/** Verify stage: checks what a policy's rule files may do before they are allowed to serve. */
package dev.trustrules.internal.verify;
