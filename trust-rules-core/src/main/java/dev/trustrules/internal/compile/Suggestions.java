package dev.trustrules.internal.compile;

import dev.trustrules.internal.Vocabulary;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** "Did you mean ...?" for a misspelt name, from the names the vocabulary and the policy offer. */
public final class Suggestions {
    private Suggestions() {}

    /** {@code " (did you mean X?)"} for the closest of {@code candidates} to {@code name}, or {@code ""}. */
    public static String didYouMean(String name, Collection<String> candidates) {
        String best = closest(name, candidates);
        return best == null ? "" : "; did you mean " + best + "?";
    }

    /** The candidate closest to {@code name} (same letters in another case, or a few edits away), or {@code null}. */
    public static String closest(String name, Collection<String> candidates) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowed = Math.max(2, name.length() / 3);
        for (String candidate : new TreeSet<>(candidates)) {
            if (candidate.equals(name)) {
                continue;
            }
            int distance = candidate.equalsIgnoreCase(name) ? 0 : distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The vocabulary type a rule names by its simple name (or binary name), or {@code null}. */
    public static Class<?> vocabularyType(String name) {
        return Vocabulary.type(name);
    }

    /** The simple names of the vocabulary's types, for suggesting a type. */
    public static Set<String> vocabularyTypeNames() {
        return Vocabulary.simpleNames();
    }

    /** What a rule can read of {@code type}: record components and public methods without arguments, or enum constants. */
    public static List<String> readableNames(Class<?> type) {
        List<String> names = new ArrayList<>();
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return names;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
        }
        for (Method method : type.getMethods()) {
            if (method.getDeclaringClass() != Object.class && method.getDeclaringClass() != Record.class
                    && !Modifier.isStatic(method.getModifiers())) {
                names.add(method.getName());
            }
        }
        for (Field field : type.getFields()) {
            names.add(field.getName());
        }
        return names;
    }
}
