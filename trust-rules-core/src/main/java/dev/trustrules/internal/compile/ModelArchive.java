package dev.trustrules.internal.compile;

import dev.trustrules.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A compiled version stored as bytes (a zip): the classes of its executable model, the SHA-256 of the
 * rule files it was compiled from, the Drools version that compiled it and the warnings of its build.
 * Whoever reads one verifies its classes again before loading them: the archive is not trusted. The one
 * exception is an archive shipped inside a jar on the class path (code the JVM trusts already) that
 * records the sandbox that verified it when the jar was built: if that is the running sandbox, it is not
 * verified twice ({@link Sandboxed}).
 *
 * @param sha256 the SHA-256 of the rule files compiled
 * @param drools the Drools version that compiled them; an archive of another version is not used
 * @param model the compiled classes
 * @param warnings the build's warnings
 * @param rules a fingerprint of each rule's text by rule name ({@link ParsedPolicy#ruleFingerprints()})
 * @param sandboxed the sandbox that verified the classes when the archive was made, or {@code null}
 */
public record ModelArchive(String sha256, String drools, GeneratedModel model, List<Problem> warnings, Map<String, String> rules,
        Sandboxed sandboxed) {

    /**
     * The sandbox that verified an archive's classes when it was made, and what its verification found
     * that loading needs.
     *
     * @param fingerprint {@code Allowlist.sandboxFingerprint()} of the sandbox that verified them
     * @param ruleOfClass the rule each generated class belongs to, by internal name, as the verifier found it
     */
    public record Sandboxed(String fingerprint, Map<String, String> ruleOfClass) {
        public Sandboxed {
            ruleOfClass = java.util.Collections.unmodifiableMap(new TreeMap<>(ruleOfClass));
        }
    }

    /**
     * What describes an archive without its classes: what a version not built yet answers with (its rules'
     * fingerprints, its warnings), read from the entries an archive writes before its classes.
     */
    public record Header(String sha256, String drools, List<Problem> warnings, Map<String, String> rules) {
        public Header {
            warnings = List.copyOf(warnings);
            rules = java.util.Collections.unmodifiableMap(new TreeMap<>(rules));
        }
    }

    public Header header() {
        return new Header(sha256, drools, warnings, rules);
    }

    /** An archive that records no verification: whoever loads it verifies it. */
    public ModelArchive(String sha256, String drools, GeneratedModel model, List<Problem> warnings, Map<String, String> rules) {
        this(sha256, drools, model, warnings, rules, null);
    }

    private static final String DESCRIPTOR = "model.properties";
    private static final String WARNINGS = "warnings.tsv";
    private static final String RULES = "rules.tsv";
    private static final String RULE_OF_CLASS = "sandboxed.tsv";
    private static final String SANDBOX = "sandboxed-with";
    private static final String CLASSES = "classes/";
    private static final int FORMAT = 1;
    /** Bigger archives are refused unread: a policy compiles to a few megabytes at most. */
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    public ModelArchive {
        warnings = List.copyOf(warnings);
        rules = java.util.Collections.unmodifiableMap(new TreeMap<>(rules));
    }

    /** The Drools version running, as Drools itself records it (so it also works in a shaded jar). */
    public static String runningDrools() {
        Properties versions = new Properties();
        try (InputStream in = org.drools.core.reteoo.ReteooBuilder.class.getResourceAsStream("/drools.versions.properties")) {
            if (in != null) {
                versions.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return versions.getProperty("drools.version", "unknown");
    }

    /** The archive as zip bytes, entries in a fixed order with fixed times, so the same model gives the same bytes. */
    public byte[] write() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Properties descriptor = new Properties();
            descriptor.setProperty("format", Integer.toString(FORMAT));
            descriptor.setProperty("sha256", sha256);
            descriptor.setProperty("drools", drools);
            descriptor.setProperty("models", String.join(",", model.models()));
            if (sandboxed != null) {
                descriptor.setProperty(SANDBOX, sandboxed.fingerprint());
            }
            StringBuilder text = new StringBuilder();
            new TreeMap<>(descriptor).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
            FixedZip.entry(zip, DESCRIPTOR, text.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder tsv = new StringBuilder();
            for (Problem warning : warnings) {
                tsv.append(escape(warning.file())).append('\t').append(warning.line()).append('\t').append(warning.column())
                        .append('\t').append(escape(warning.message())).append('\n');
            }
            FixedZip.entry(zip, WARNINGS, tsv.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder ruleLines = new StringBuilder();
            rules.forEach((name, fingerprint) -> ruleLines.append(escape(name)).append('\t').append(fingerprint).append('\n'));
            FixedZip.entry(zip, RULES, ruleLines.toString().getBytes(StandardCharsets.UTF_8));
            if (sandboxed != null) {
                StringBuilder owners = new StringBuilder();
                sandboxed.ruleOfClass().forEach((type, rule) -> owners.append(escape(type)).append('\t').append(escape(rule)).append('\n'));
                FixedZip.entry(zip, RULE_OF_CLASS, owners.toString().getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, byte[]> type : model.classes().entrySet()) {
                FixedZip.entry(zip, CLASSES + type.getKey() + ".class", type.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads an archive.
     *
     * @throws IllegalArgumentException if the bytes are not an archive of this format
     */
    public static ModelArchive read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("a compiled model of " + content.length + " bytes is too large");
        }
        return read(new ByteArrayInputStream(content), false);
    }

    /**
     * Reads the header of an archive from {@code in}, stopping at its first class (the classes come last
     * in an archive this class writes; an archive ordered otherwise is read to its end).
     *
     * @throws IllegalArgumentException if the bytes are not an archive of this format
     */
    public static Header readHeader(InputStream in) {
        return read(in, true).header();
    }

    private static ModelArchive read(InputStream in, boolean headerOnly) {
        Properties descriptor = null;
        List<Problem> warnings = new ArrayList<>();
        Map<String, byte[]> classes = new TreeMap<>();
        Map<String, String> rules = new TreeMap<>();
        Map<String, String> ruleOfClass = new TreeMap<>();
        long total = 0;
        boolean sawWarnings = false;
        boolean sawRules = false;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (headerOnly && descriptor != null && sawWarnings && sawRules && name.startsWith(CLASSES)) {
                    break;
                }
                byte[] bytes = zip.readNBytes((int) (MAX_BYTES - total));
                total += bytes.length;
                if (total >= MAX_BYTES) {
                    throw new IllegalArgumentException("it unpacks to more than " + MAX_BYTES + " bytes");
                }
                if (name.equals(DESCRIPTOR)) {
                    descriptor = new Properties();
                    descriptor.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
                } else if (name.equals(WARNINGS)) {
                    sawWarnings = true;
                    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                        String[] fields = line.split("\t", -1);
                        if (fields.length == 4) {
                            warnings.add(new Problem(unescape(fields[0]), Integer.parseInt(fields[1]), Integer.parseInt(fields[2]),
                                    Problem.Severity.WARNING, unescape(fields[3])));
                        }
                    }
                } else if (name.equals(RULES)) {
                    sawRules = true;
                    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                        String[] fields = line.split("\t", -1);
                        if (fields.length == 2) {
                            rules.put(unescape(fields[0]), fields[1]);
                        }
                    }
                } else if (name.equals(RULE_OF_CLASS)) {
                    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                        String[] fields = line.split("\t", -1);
                        if (fields.length == 2) {
                            ruleOfClass.put(unescape(fields[0]), unescape(fields[1]));
                        }
                    }
                } else if (name.startsWith(CLASSES) && name.endsWith(".class") && !name.contains("..")) {
                    classes.put(name.substring(CLASSES.length(), name.length() - ".class".length()), bytes);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a compiled model: " + e.getMessage(), e);
        }
        if (descriptor == null || !Integer.toString(FORMAT).equals(descriptor.getProperty("format"))) {
            throw new IllegalArgumentException("not a compiled model of format " + FORMAT);
        }
        List<String> models = Arrays.stream(descriptor.getProperty("models", "").split(",")).filter(m -> !m.isBlank()).toList();
        String sandbox = descriptor.getProperty(SANDBOX, "");
        return new ModelArchive(descriptor.getProperty("sha256", ""), descriptor.getProperty("drools", ""),
                new GeneratedModel(classes, models), warnings, rules, sandbox.isEmpty() ? null : new Sandboxed(sandbox, ruleOfClass));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
