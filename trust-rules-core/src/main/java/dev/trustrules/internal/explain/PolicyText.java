package dev.trustrules.internal.explain;

import dev.trustrules.internal.compile.ParsedPolicy;
import dev.trustrules.internal.compile.ParsedPolicy.ParsedFile;
import dev.trustrules.internal.compile.PolicyParser;
import dev.trustrules.internal.load.PolicySource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;

/**
 * One version's rule files as an explanation reads them: each rule taken apart ({@link RuleText}), the
 * fields of the types the policy declares in their declared order, and what a type name means in each
 * file. Parsed on demand (a version loaded precompiled has no parsed text) and kept with the version.
 */
final class PolicyText {
    final ParsedPolicy parsed;
    /** The rules by name; of two with one name, the first in path order. */
    final Map<String, RuleText> rules;
    /** The fields of each declared type, by {@code package.Name}, in declared order. */
    final Map<String, List<String>> declaredFields;

    private final ClassLoader loader;
    private final Map<String, Function<String, Class<?>>> resolvers = new ConcurrentHashMap<>();

    private PolicyText(ParsedPolicy parsed, KieBase base) {
        this.parsed = parsed;
        Map<String, RuleText> byName = new LinkedHashMap<>();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (ParsedFile file : parsed.files()) {
            for (RuleDescr rule : file.descr().getRules()) {
                byName.putIfAbsent(rule.getName(), RuleText.of(rule, file));
            }
            for (AbstractClassTypeDeclarationDescr type : file.descr().getClassAndEnumDeclarationDescrs()) {
                if (type instanceof TypeDeclarationDescr declared) {
                    fields.putIfAbsent(file.packageName() + "." + declared.getTypeName(), List.copyOf(declared.getFields().keySet()));
                } else {
                    fields.putIfAbsent(file.packageName() + "." + type.getTypeName(), List.of());
                }
            }
        }
        this.rules = Map.copyOf(byName);
        this.declaredFields = Map.copyOf(fields);
        this.loader = declaredTypesLoader(base, fields.keySet());
    }

    /** The loader the version's declared types are in (all in one), or the library's when it declares none. */
    private static ClassLoader declaredTypesLoader(KieBase base, java.util.Set<String> declared) {
        for (String type : declared) {
            int dot = type.lastIndexOf('.');
            FactType fact = base.getFactType(dot < 0 ? "" : type.substring(0, dot), type.substring(dot + 1));
            if (fact != null) {
                return fact.getFactClass().getClassLoader();
            }
        }
        return PolicyText.class.getClassLoader();
    }

    /** The loader of the version's declared types. */
    ClassLoader loader() {
        return loader;
    }

    /** The text of {@code source}, whose compiled knowledge base is {@code base} (where its declared types are). */
    static PolicyText of(PolicySource source, boolean strict, KieBase base) {
        return new PolicyText(PolicyParser.parse(source, strict), base);
    }

    /** The binary names of the declared types ({@code guarantees.FakeCompensation}). */
    List<String> declaredTypes() {
        return new ArrayList<>(declaredFields.keySet());
    }

    /** What a type name (simple, or qualified) written in {@code file} stands for, or {@code null}. */
    Function<String, Class<?>> types(ParsedFile file) {
        return resolvers.computeIfAbsent(file.path(), path -> resolver(file));
    }

    private Function<String, Class<?>> resolver(ParsedFile file) {
        Map<String, Optional<Class<?>>> cache = new ConcurrentHashMap<>();
        List<String> exact = new ArrayList<>();
        List<String> wildcards = new ArrayList<>();
        for (ImportDescr imported : file.descr().getImports()) {
            String target = imported.getTarget();
            if (target.endsWith(".*")) {
                wildcards.add(target.substring(0, target.length() - 2));
            } else {
                exact.add(target);
            }
        }
        return name -> cache.computeIfAbsent(name, n -> {
            List<String> candidates = new ArrayList<>();
            if (n.contains(".")) {
                candidates.add(n);
                int dot = n.lastIndexOf('.');
                candidates.add(n.substring(0, dot) + "$" + n.substring(dot + 1));
            } else {
                for (String target : exact) {
                    if (target.endsWith("." + n) || target.equals(n)) {
                        candidates.add(target);
                    }
                }
                candidates.add(file.packageName() + "." + n);
                wildcards.forEach(w -> candidates.add(w + "." + n));
                candidates.add("java.lang." + n);
            }
            for (String candidate : candidates) {
                try {
                    return Optional.of(Class.forName(candidate, false, loader));
                } catch (ClassNotFoundException | LinkageError e) {
                    // the next candidate
                }
            }
            return Optional.empty();
        }).orElse(null);
    }

    /** Whether {@code type} is one of this version's declared types. */
    boolean isDeclared(Class<?> type) {
        return type.getClassLoader() == loader && declaredFields.containsKey(type.getName());
    }
}
