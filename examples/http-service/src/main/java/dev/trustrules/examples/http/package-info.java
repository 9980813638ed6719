/**
 * An after-sale service that decides claims over HTTP JSON with the JDK's {@code com.sun.net.httpserver}:
 * a policy built once from a directory, reloaded when the directory changes, and every decision
 * appended to an audit log as a {@link dev.trustrules.DecisionRecord} JSON line.
 */
package dev.trustrules.examples.http;
