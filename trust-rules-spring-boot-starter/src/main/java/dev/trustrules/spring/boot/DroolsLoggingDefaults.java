package dev.trustrules.spring.boot;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Quiet defaults for the loggers of Drools and KIE ({@code org.drools}, {@code org.kie}): ERROR, so that
 * building and reloading a policy does not fill the log with the engine's INFO lines and its WARN advice
 * on the rules ({@code EvalCondition}: "eval is not performance-efficient", once per rule and build).
 * trust-rules reports every problem of the rules itself, as {@code file:line:column: message}. They are the
 * lowest precedence source: any {@code logging.level.org.drools=...} of the application wins.
 */
public final class DroolsLoggingDefaults implements EnvironmentPostProcessor {
    /** The name of the property source holding the defaults. */
    public static final String SOURCE = "trust-rules-logging-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(SOURCE)) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of(
                    "logging.level.org.drools", "ERROR",
                    "logging.level.org.kie", "ERROR")));
        }
    }
}
