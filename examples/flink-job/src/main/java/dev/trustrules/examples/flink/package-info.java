/** A Flink job deciding fact files with rules taken live, and running the what-if of two releases. */
package dev.trustrules.examples.flink;
