package dev.trustrules.internal;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.Problem;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * join node per rule (about half the work of the rules that used one). A global of any other type has
 * no value to give, so the policy does not build.
 */
final class LimitsGlobals {
    private final Map<String, Constructor<?>> types;

    private LimitsGlobals(Map<String, Constructor<?>> types) {
        this.types = types;
    }

    static LimitsGlobals of(KieBase base, String origin) {
        Map<String, Constructor<?>> types = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Global global : pkg.getGlobalVariables()) {
                String type = global.getType();
                int dot = type.lastIndexOf('.');
                FactType declared = dot < 0 ? null : base.getFactType(type.substring(0, dot), type.substring(dot + 1));
                if (declared == null) {
                    problems.add(new Problem(pkg.getName(), 0, 0, Problem.Severity.ERROR, "global " + global.getName()
                            + " is a " + type + ", but globals are limits: their type must be declared in the policy"
                            + " with default values (declare GuaranteeLimits ... end), and trust-rules gives each"
                            + " session an instance of it"));
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
            throw new PolicyBuildException(origin, problems);
        }
        return new LimitsGlobals(Map.copyOf(types));
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
