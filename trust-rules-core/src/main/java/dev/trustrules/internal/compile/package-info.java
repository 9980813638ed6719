/** Compile stage: turns one version's rule files into a Drools knowledge base. */
package dev.trustrules.internal.compile;
