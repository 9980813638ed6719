package dev.trustrules.internal.explain;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.internal.run.CompiledPolicy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;

/**
 * What explanations of one version keep between calls: its rule text, parsed once, and its probes, one per
 * set of rules of interest (a counterfeit claim's, a return's...), built on the first explanation that needs
 * it. Kept as long as the version is; a version dropped by a reload takes its probes with it.
 */
final class ExplainCache {
    private static final int MAX_PROBES = 32;
    private static final Map<CompiledPolicy, ExplainCache> CACHES = Collections.synchronizedMap(new WeakHashMap<>());

    /** A probe, or why it could not be built. */
    record ProbeOrRefusal(Probe probe, String refusal) {}

    private PolicyText text;
    private final Map<Set<String>, ProbeOrRefusal> probes = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Set<String>, ProbeOrRefusal> eldest) {
            return size() > MAX_PROBES;
        }
    };

    static ExplainCache of(CompiledPolicy version) {
        return CACHES.computeIfAbsent(version, v -> new ExplainCache());
    }

    synchronized PolicyText text(CompiledPolicy version) {
        if (text == null) {
            text = PolicyText.of(version.source(), version.settings().strict(), version.knowledgeBase());
        }
        return text;
    }

    /** The probe of {@code rules}, built once. */
    synchronized ProbeOrRefusal probe(CompiledPolicy version, PolicyText text, Set<String> rules) {
        Set<String> key = Collections.unmodifiableSet(new TreeSet<>(rules));
        ProbeOrRefusal probe = probes.get(key);
        if (probe == null) {
            try {
                probe = new ProbeOrRefusal(Probe.build(version, text, key), null);
            } catch (PolicyBuildException e) {
                probe = new ProbeOrRefusal(null, "near misses are not shown: the probe policy was refused: "
                        + (e.problems().isEmpty() ? e.getMessage() : e.problems().get(0)));
            }
            probes.put(key, probe);
        }
        return probe;
    }

}
