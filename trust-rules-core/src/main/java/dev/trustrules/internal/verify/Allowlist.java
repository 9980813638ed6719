package dev.trustrules.internal.verify;

import dev.trustrules.internal.LibraryVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The types and members generated policy code may use, read from {@code allowlist.txt} next to this
 * class (the format is described there). Names are JVM internal names ({@code java/lang/String}).
 *
 * <p>A member is allowed on a type when the type's entry lists it, or when the type's entry is
 * {@code *} and the type itself declares it as a public method or static field; a member the type
 * does not itself declare is looked up, as the JVM resolves it, on its supertypes' entries. A type
 * absent from the list allows nothing, whatever its supertypes allow.
 */
public final class Allowlist {
    private static final String RESOURCE = "allowlist.txt";
    private static final String ALL = "*";

    private record Entry(String pattern, Set<String> members) {
        boolean all() {
            return members.contains(ALL);
        }

        boolean matches(String type) {
            return pattern.endsWith(ALL) ? type.startsWith(pattern.substring(0, pattern.length() - 1)) : type.equals(pattern);
        }
    }

    private final Map<String, Entry> exact;
    private final List<Entry> globs;
    private final String text;
    private final Map<String, Optional<Class<?>>> classes = new ConcurrentHashMap<>();

    private Allowlist(Map<String, Entry> exact, List<Entry> globs, String text) {
        this.exact = exact;
        this.globs = globs;
        this.text = text;
    }

    private volatile String fingerprint;

    private static final class Holder {
        static final Allowlist STANDARD = read();
    }

    /** The allowlist every strict policy is verified against. */
    public static Allowlist standard() {
        return Holder.STANDARD;
    }

    /** The allowlist's text as shipped, for documentation and for the fingerprint of a verified model. */
    public String text() {
        return text;
    }

    /**
     * What a model verified against this allowlist by this trust-rules version records (SHA-256 in hex of
     * the version and the allowlist's text): a model shipped in a jar on the class path with the running
     * sandbox's fingerprint was verified by exactly the checks that would run now.
     */
    public String sandboxFingerprint() {
        String known = fingerprint;
        if (known == null) {
            known = fingerprint = fingerprintOf(text);
        }
        return known;
    }

    private static String fingerprintOf(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("trust-rules " + LibraryVersion.version() + "\n").getBytes(
                    StandardCharsets.UTF_8));
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Allowlist read() {
        String text;
        try (InputStream in = Allowlist.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the trust-rules-core jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> members = new LinkedHashMap<>();
        String current = null;
        for (String line : text.split("\\R")) {
            String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            if (content.isBlank()) {
                continue;
            }
            String[] words = content.strip().split("\\s+");
            int first = 0;
            if (!Character.isWhitespace(content.charAt(0))) {
                current = words[0].replace('.', '/');
                members.computeIfAbsent(current, k -> new HashSet<>());
                first = 1;
            } else if (current == null) {
                throw new IllegalStateException(RESOURCE + ": a continuation line before any type: " + line);
            }
            for (int i = first; i < words.length; i++) {
                members.get(current).add(words[i]);
            }
        }
        Map<String, Entry> exact = new HashMap<>();
        List<Entry> globs = new ArrayList<>();
        members.forEach((type, names) -> {
            Entry entry = new Entry(type, Set.copyOf(names));
            if (type.endsWith(ALL)) {
                globs.add(entry);
            } else {
                exact.put(type, entry);
            }
        });
        return new Allowlist(Map.copyOf(exact), List.copyOf(globs), text);
    }

    private Entry entry(String type) {
        Entry entry = exact.get(type);
        if (entry != null) {
            return entry;
        }
        for (Entry glob : globs) {
            if (glob.matches(type)) {
                return glob;
            }
        }
        return null;
    }

    /** The types listed by name (not by a pattern), as internal names. */
    public Set<String> types() {
        return exact.keySet();
    }

    /** Whether generated code may name {@code type} at all (a cast, a field type, an interface, a class literal). */
    public boolean allowsType(String type) {
        return entry(type) != null;
    }

    /** Whether generated code may construct a {@code type} ({@code new}). */
    public boolean allowsConstruction(String type) {
        Entry entry = entry(type);
        if (entry == null) {
            return false;
        }
        if (entry.members.contains("<init>")) {
            return true;
        }
        Class<?> owner = entry.all() ? load(type) : null;
        return owner != null && !owner.isInterface() && !Modifier.isAbstract(owner.getModifiers())
                && java.util.Arrays.stream(owner.getConstructors()).findAny().isPresent();
    }

    /**
     * Whether generated code may call the method or read the static field {@code name} on {@code type}.
     * Constructors ({@code <init>}) are never inherited.
     */
    public boolean allowsMember(String type, String name) {
        Entry entry = entry(type);
        if (entry == null) {
            return false;
        }
        if (entry.members.contains(name)) {
            return true;
        }
        if (name.equals("<init>")) {
            return allowsConstruction(type);
        }
        if (name.equals("<clinit>")) {
            return false;
        }
        Class<?> owner = load(type);
        if (owner == null) {
            return false;
        }
        if (declares(owner, name)) {
            return entry.all() && declaresPublicly(owner, name);
        }
        Class<?> superclass = owner.getSuperclass();
        if (superclass != null && allowsMember(internalName(superclass), name)) {
            return true;
        }
        if (owner.isInterface() && allowsMember("java/lang/Object", name)) {
            return true;
        }
        for (Class<?> implemented : owner.getInterfaces()) {
            if (allowsMember(internalName(implemented), name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean declares(Class<?> type, String name) {
        try {
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().equals(name) && !method.isSynthetic()) {
                    return true;
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().equals(name) && !field.isSynthetic()) {
                    return true;
                }
            }
        } catch (LinkageError e) {
            return false;
        }
        return false;
    }

    private static boolean declaresPublicly(Class<?> type, String name) {
        if (name.equals("getClass") || name.equals("getDeclaringClass")) {
            return false; // a Class is the way into reflection, even from an allowed type
        }
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(name) && Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                return true;
            }
        }
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.getName().equals(name) && Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)) {
                return true;
            }
        }
        return false;
    }

    private Class<?> load(String type) {
        return classes.computeIfAbsent(type, t -> {
            try {
                return Optional.of(Class.forName(t.replace('/', '.'), false, Allowlist.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    private static String internalName(Class<?> type) {
        return type.getName().replace('.', '/');
    }
}
