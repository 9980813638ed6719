package dev.trustrules.spring.boot;

import dev.trustrules.PolicyBundle;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustPolicyListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.Resource;

/**
 * Builds the {@link TrustPolicy} bean from {@link TrustRulesProperties}, with every
 * {@link TrustPolicyListener} bean attached (in their {@code @Order}), and closes it with the context.
 *
 * <p>The bean is built eagerly, even with lazy initialisation, while the context starts: the application
 * reports readiness ({@code ACCEPTING_TRAFFIC}, {@code /actuator/health/readiness} UP) only once the policy
 * is built and serving (with the version in force now built, unless {@code trust-rules.warm-up=false}),
 * and a policy that does not build stops the start-up with every problem as
 * {@code file:line:column: message}. The policy it serves is logged once at INFO.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "trust-rules.enabled", matchIfMissing = true)
@EnableConfigurationProperties(TrustRulesProperties.class)
public class TrustRulesAutoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(TrustRulesAutoConfiguration.class);

    /** Tracks builds and reloads of the auto-configured policy, for the health indicator and the endpoint. */
    @Bean
    @ConditionalOnMissingBean
    public PolicyStatus trustPolicyStatus() {
        return new PolicyStatus();
    }

    /** The policy; closed (watcher stopped, sessions released) when the context closes. */
    @Bean(destroyMethod = "close")
    @Lazy(false)
    @ConditionalOnMissingBean
    public TrustPolicy trustPolicy(TrustRulesProperties properties, ObjectProvider<TrustPolicyListener> listeners) {
        TrustPolicy.Builder builder = TrustPolicy.builder();
        String from = source(builder, properties);
        builder.strict(properties.isStrict()).maxRuleFirings(properties.getMaxRuleFirings()).warmUp(properties.isWarmUp());
        if (properties.getCompiledModelCache() != null) {
            builder.compiledModelCache(properties.getCompiledModelCache());
        }
        if (properties.isWatch()) {
            if (properties.getSource() != TrustRulesProperties.Source.DIRECTORY) {
                throw new IllegalStateException("trust-rules.watch=true needs trust-rules.source=directory, but the source is "
                        + properties.getSource().name().toLowerCase(java.util.Locale.ROOT));
            }
            builder.watchForChanges(properties.getQuietPeriod());
        }
        listeners.orderedStream().forEach(builder::listener);
        long start = System.nanoTime();
        TrustPolicy policy = builder.build();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        LOG.info("trust-rules: serving {} from {}: {} {}, {} rules, built in {} ms{}", policy.id(), from,
                policy.versions().size(), policy.versions().size() == 1 ? "version" : "versions", policy.ruleNames().size(),
                millis, properties.isWatch() ? ", watching for changes" : "");
        return policy;
    }

    private static String source(TrustPolicy.Builder builder, TrustRulesProperties properties) {
        TrustRulesProperties.Source source = properties.getSource();
        requireUnset("trust-rules.classpath-root", properties.getClasspathRoot(), source, TrustRulesProperties.Source.CLASSPATH);
        requireUnset("trust-rules.directory", properties.getDirectory(), source, TrustRulesProperties.Source.DIRECTORY);
        requireUnset("trust-rules.bundle", properties.getBundle(), source, TrustRulesProperties.Source.BUNDLE);
        switch (source) {
            case DEFAULT -> {
                builder.defaultPolicy();
                return "the bundled default policy (classpath:" + TrustPolicy.DEFAULT_POLICY_ROOT + ")";
            }
            case CLASSPATH -> {
                String root = required("trust-rules.classpath-root", properties.getClasspathRoot(), source);
                builder.fromClasspath(root);
                return "classpath:" + root;
            }
            case DIRECTORY -> {
                Path directory = required("trust-rules.directory", properties.getDirectory(), source);
                builder.fromDirectory(directory);
                return "directory " + directory;
            }
            case BUNDLE -> {
                Resource bundle = required("trust-rules.bundle", properties.getBundle(), source);
                if (bundle.isFile()) {
                    Path file = file(bundle);
                    builder.fromBundle(file);
                    return "bundle " + file;
                }
                PolicyBundle read = PolicyBundle.read(bytes(bundle), bundle.getDescription());
                builder.fromBundle(read);
                return "bundle " + bundle.getDescription() + " (sha256 " + read.sha256().substring(0, 12) + ")";
            }
            default -> throw new IllegalStateException("unknown trust-rules.source " + source);
        }
    }

    private static <T> T required(String property, T value, TrustRulesProperties.Source source) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalStateException(property + " is required with trust-rules.source="
                    + source.name().toLowerCase(java.util.Locale.ROOT));
        }
        return value;
    }

    private static void requireUnset(String property, Object value, TrustRulesProperties.Source source,
            TrustRulesProperties.Source needs) {
        if (value != null && source != needs) {
            throw new IllegalStateException(property + " is set but trust-rules.source is "
                    + source.name().toLowerCase(java.util.Locale.ROOT) + ": set trust-rules.source="
                    + needs.name().toLowerCase(java.util.Locale.ROOT) + " to use it");
        }
    }

    private static Path file(Resource resource) {
        try {
            return resource.getFile().toPath();
        } catch (IOException e) {
            throw new UncheckedIOException("trust-rules.bundle " + resource.getDescription() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("trust-rules.bundle " + resource.getDescription() + " cannot be read: " + e.getMessage(), e);
        }
    }
}
