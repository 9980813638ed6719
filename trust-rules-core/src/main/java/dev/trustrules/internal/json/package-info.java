/** The JSON form of requests and decisions (see {@link dev.trustrules.json.TrustJson}). */
package dev.trustrules.internal.json;
