package dev.trustrules.internal.run;

import dev.trustrules.internal.load.PolicySource;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.Problem;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieSession;

/**
 * The values of a policy's globals. A policy's thresholds live in one {@code limits.drl} per area as a
 * declared type whose fields have default values, and a {@code global} of that type
 * ({@code global GuaranteeLimits guaranteeLimits;}); every evaluation gets a new instance of it, with
 * the defaults, as that global. Rules read thresholds from it in their conditions
 * ({@code guaranteeLimits.freightPayoutCapFen}) instead of joining a limits fact, which spares Drools a
 * join node in every such rule (1.7 times the decisions per second on the default policy; see
 * docs/performance.md). A global of any other type has no value to give, so the policy does not build.
 */
final class LimitsGlobals {
    private final Map<String, Constructor<?>> types;

    private LimitsGlobals(Map<String, Constructor<?>> types) {
        this.types = types;
    }

    static LimitsGlobals of(KieBase base, PolicySource source) {
        Map<String, Constructor<?>> types = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Global global : pkg.getGlobalVariables()) {
                String type = global.getType();
                int dot = type.lastIndexOf('.');
                FactType declared = dot < 0 ? null : base.getFactType(type.substring(0, dot), type.substring(dot + 1));
                if (declared == null) {
                    problems.add(located(source, global.getName(), "global " + global.getName()
                            + " is a " + type + ", but globals are limits: their type must be declared in the policy"
                            + " with default values (declare GuaranteeLimits ... end), and trust-rules gives each"
                            + " evaluation an instance of it"));
                } else {
                    try {
                        types.putIfAbsent(global.getName(), declared.getFactClass().getConstructor());
                    } catch (NoSuchMethodException e) {
                        throw new IllegalStateException("declared type " + type + " has no public no-argument constructor", e);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyBuildException(source.origin(), problems);
        }
        return new LimitsGlobals(Map.copyOf(types));
    }

    /** The problem at the declaration {@code global <type> <name>;} in the rule files (the first, if several). */
    private static Problem located(PolicySource source, String name, String message) {
        Pattern declaration = Pattern.compile("\\bglobal\\s+[\\w.]+\\s+" + Pattern.quote(name) + "\\s*;");
        for (Map.Entry<String, byte[]> file : source.ruleFiles().entrySet()) {
            String[] lines = new String(file.getValue(), StandardCharsets.UTF_8).split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher found = declaration.matcher(lines[i]);
                if (found.find()) {
                    return new Problem(source.displayPath(file.getKey()), i + 1, found.start() + 1, Problem.Severity.ERROR, message);
                }
            }
        }
        return new Problem(source.origin(), 0, 0, Problem.Severity.ERROR, message);
    }

    /**
     * Sets every limits global of {@code session} to a new instance with the default values, so a rule
     * that changed one cannot leak into the next evaluation.
     */
    void setOn(KieSession session) {
        types.forEach((name, constructor) -> {
            try {
                session.setGlobal(name, constructor.newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create the limits " + constructor.getDeclaringClass().getName()
                        + " of global " + name, e);
            }
        });
    }
}
