package dev.trustrules.spring.boot;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code trust-rules.*} properties: where the policy comes from and how it runs. Bad combinations
 * (a directory without {@code source=directory}, watching a source that is not a directory) fail the
 * start-up naming the property.
 */
@ConfigurationProperties(prefix = "trust-rules")
public class TrustRulesProperties {

    /** Where the rules come from. */
    public enum Source {
        /** The bundled default policy (needs dev.trustrules:trust-rules-drl on the class path). */
        DEFAULT,
        /** A policy folder on the class path: trust-rules.classpath-root. */
        CLASSPATH,
        /** A policy directory on disk, which may be watched: trust-rules.directory. */
        DIRECTORY,
        /** A policy bundle made by 'trust-rules bundle': trust-rules.bundle (classpath:, file: or a URL). */
        BUNDLE
    }

    /** Whether to build a TrustPolicy bean at all. */
    private boolean enabled = true;

    /** Where the rules come from: default, classpath, directory or bundle. */
    private Source source = Source.DEFAULT;

    /** The policy folder on the class path, holding policy.properties (source=classpath). */
    private String classpathRoot;

    /** The policy directory, holding policy.properties (source=directory). */
    private Path directory;

    /** The policy bundle: classpath:policy/x.bundle.zip, file:/srv/policy/x.bundle.zip or a URL (source=bundle). */
    private Resource bundle;

    /** Whether the rules run in the sandbox; turn off only for rules as trusted as the service's own code. */
    private boolean strict = true;

    /**
     * Whether the version of the policy in force now is built while the context starts, so that readiness
     * means the first request does not wait for it; otherwise a version shipped precompiled (the default
     * policy) is built when a request first falls in its dates.
     */
    private boolean warmUp = true;

    /** Whether to watch the policy directory and reload after changes (source=directory). */
    private boolean watch = false;

    /** How long the directory must be quiet after a change before the watcher reloads. */
    private Duration quietPeriod = Duration.ofSeconds(2);

    /** The most rule firings one evaluation may take before it fails as a loop. */
    private int maxRuleFirings = 10_000;

    /**
     * A directory where compiled policies are kept by the SHA-256 of their rule files, so a restart on
     * unchanged rules skips compiling them (source=directory or classpath); none by default.
     */
    private Path compiledModelCache;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Source getSource() {
        return source;
    }

    public void setSource(Source source) {
        this.source = source;
    }

    public String getClasspathRoot() {
        return classpathRoot;
    }

    public void setClasspathRoot(String classpathRoot) {
        this.classpathRoot = classpathRoot;
    }

    public Path getDirectory() {
        return directory;
    }

    public void setDirectory(Path directory) {
        this.directory = directory;
    }

    public Resource getBundle() {
        return bundle;
    }

    public void setBundle(Resource bundle) {
        this.bundle = bundle;
    }

    public boolean isStrict() {
        return strict;
    }

    public void setStrict(boolean strict) {
        this.strict = strict;
    }

    public boolean isWarmUp() {
        return warmUp;
    }

    public void setWarmUp(boolean warmUp) {
        this.warmUp = warmUp;
    }

    public boolean isWatch() {
        return watch;
    }

    public void setWatch(boolean watch) {
        this.watch = watch;
    }

    public Duration getQuietPeriod() {
        return quietPeriod;
    }

    public void setQuietPeriod(Duration quietPeriod) {
        this.quietPeriod = quietPeriod;
    }

    public int getMaxRuleFirings() {
        return maxRuleFirings;
    }

    public void setMaxRuleFirings(int maxRuleFirings) {
        this.maxRuleFirings = maxRuleFirings;
    }

    public Path getCompiledModelCache() {
        return compiledModelCache;
    }

    public void setCompiledModelCache(Path compiledModelCache) {
        this.compiledModelCache = compiledModelCache;
    }
}
