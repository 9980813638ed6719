package dev.trustrules;

import dev.trustrules.internal.LibraryVersion;
import dev.trustrules.internal.compile.CompiledModels;
import dev.trustrules.internal.compile.FixedZip;
import dev.trustrules.internal.compile.ModelArchive;
import dev.trustrules.internal.load.PolicyFiles;
import dev.trustrules.internal.load.PolicySource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A policy as one versioned, verifiable file: the unit an approved change ships in. A bundle is a zip of
 *
 * <ul>
 *   <li>{@value #MANIFEST}: the policy's name and version, the SHA-256 of every file in the bundle, the
 *       SHA-256 of each version's rule files (as decisions name them), and the trust-rules and Drools
 *       versions that made it;
 *   <li>{@code policy/...}: the policy's files ({@code policy.properties}, the rule files, {@code versions/}),
 *       byte for byte as in the directory it was made from;
 *   <li>{@code models/<sha256>.model}: each version compiled to the executable model, so a service starting
 *       on it compiles no rule file.
 * </ul>
 *
 * <p>{@link #create(Path)} makes one from a policy directory only if every version builds in the sandbox
 * and the directory's scenarios pass (the command-line tool's {@code bundle} command runs {@code check} and
 * {@code test} first). Reading one ({@link #read(byte[], String)}, {@link #read(Path)}, {@link #read(URL)},
 * {@link #fromClasspath(String, ClassLoader)}) verifies it against its manifest: a file whose SHA-256 differs,
 * a file added or missing, refuses the whole bundle with a {@link PolicyBuildException} naming each. Its
 * compiled classes are not trusted either: {@link TrustPolicy.Builder#fromBundle(PolicyBundle)} verifies
 * them with the sandbox again before loading them, and compiles the rule files instead when the Drools
 * running is not the one that compiled them. A bundle's own {@link #sha256()} identifies the file shipped;
 * the SHA-256 of each version's rule files ({@link #versionSha256s()}) identifies the rules, as decisions
 * name them (two bundles of the same directory hold the same policy files, but the compiled classes may
 * differ in generated names).
 *
 * <pre>{@code
 * PolicyBundle bundle = PolicyBundle.read(Path.of("/srv/policy/trust-default-2026.12.0.bundle.zip"));
 * TrustPolicy policy = TrustPolicy.builder().fromBundle(bundle).build();
 * }</pre>
 */
public final class PolicyBundle {
    /** The manifest's entry in the zip. */
    public static final String MANIFEST = "META-INF/trust-rules/bundle.properties";
    /** The file name suffix the command-line tool gives bundles. */
    public static final String SUFFIX = ".bundle.zip";
    static final String FILES = "policy/";
    static final String MODELS = "models/";
    static final int FORMAT = 1;
    /** Bigger bundles are refused unread: a policy and its compiled model take a few megabytes. */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    static final int MAX_ENTRIES = 20_000;

    private final String origin;
    private final String name;
    private final String version;
    private final String libraryVersion;
    private final String droolsVersion;
    private final List<String> versionSha256s;
    private final Map<String, byte[]> files;
    private final Map<String, byte[]> models;
    private final byte[] bytes;

    private PolicyBundle(String origin, String name, String version, String libraryVersion, String droolsVersion,
            List<String> versionSha256s, Map<String, byte[]> files, Map<String, byte[]> models, byte[] bytes) {
        this.origin = origin;
        this.name = name;
        this.version = version;
        this.libraryVersion = libraryVersion;
        this.droolsVersion = droolsVersion;
        this.versionSha256s = List.copyOf(versionSha256s);
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
        this.models = Collections.unmodifiableMap(new TreeMap<>(models));
        this.bytes = bytes;
    }

    /**
     * Makes a bundle of the policy directory {@code directory}: reads its files once, builds every version
     * in strict mode (the sandbox) compiling each from its rule files, runs the scenarios under its
     * {@code scenarios/} folder against each version, and keeps the compiled models.
     *
     * @throws PolicyBuildException if the directory cannot be read, a version does not build, or a scenario fails
     */
    public static PolicyBundle create(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Map<String, byte[]> files = PolicyFiles.read(directory);
        Map<String, ModelArchive> compiled = new TreeMap<>();
        CompiledModels capture = new CompiledModels() {
            @Override
            public ModelArchive find(PolicySource source) {
                return null; // every version is compiled here, from the files that go into the bundle
            }

            @Override
            public void store(PolicySource source, ModelArchive archive) {
                synchronized (compiled) {
                    compiled.put(source.sha256(), archive);
                }
            }
        };
        TrustPolicy.Builder builder = TrustPolicy.builder().fromFiles(directory.toString(), files).strict(true);
        builder.compiledModelsOnly(capture).scenariosOf(directory);
        List<String> shas;
        String name;
        String version;
        try (TrustPolicy policy = builder.build()) {
            shas = policy.versions().stream().map(v -> v.id().sha256()).toList();
            name = policy.id().name();
            version = policy.id().version();
        }
        Map<String, byte[]> models = new TreeMap<>();
        for (String sha : shas) {
            ModelArchive archive = compiled.get(sha);
            if (archive == null) {
                throw new IllegalStateException("version " + sha + " of " + directory + " was built but its compiled model was not kept");
            }
            models.put(sha, archive.write());
        }
        byte[] zip = write(name, version, libraryVersionRunning(), ModelArchive.runningDrools(), shas, files, models);
        return new PolicyBundle(directory.toString(), name, version, libraryVersionRunning(), ModelArchive.runningDrools(),
                shas, files, models, zip);
    }

    /** Reads and verifies a bundle file. @throws PolicyBuildException if it is unreadable or fails its manifest */
    public static PolicyBundle read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw refused(file.toString(), "is " + size + " bytes, more than the " + MAX_BYTES + " a bundle may have");
            }
            return read(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw refused(file.toString(), "cannot be read: " + e);
        }
    }

    /** Reads and verifies a bundle from a URL ({@code file:}, {@code jar:}, {@code https:}, ...). */
    public static PolicyBundle read(URL url) {
        Objects.requireNonNull(url, "url");
        try (InputStream in = url.openStream()) {
            return read(readLimited(in, url.toString()), url.toString());
        } catch (IOException e) {
            throw refused(url.toString(), "cannot be read: " + e);
        }
    }

    /** Reads and verifies a bundle that is a resource of {@code loader} (for example {@code policy/trust.bundle.zip}). */
    public static PolicyBundle fromClasspath(String resource, ClassLoader loader) {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(loader, "loader");
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw refused("classpath:" + path, "not found on the classpath");
            }
            return read(readLimited(in, "classpath:" + path), "classpath:" + path);
        } catch (IOException e) {
            throw refused("classpath:" + path, "cannot be read: " + e);
        }
    }

    /**
     * Reads and verifies a bundle given as bytes.
     *
     * @param origin what to call the bundle in problems and logs (a file name, a URL, {@code "kafka:policies@42"})
     * @throws PolicyBuildException naming every problem: not a bundle, a manifest missing or of another format,
     *     a file whose SHA-256 differs from the manifest's, a file added or missing
     */
    public static PolicyBundle read(byte[] bytes, String origin) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(origin, "origin");
        if (bytes.length > MAX_BYTES) {
            throw refused(origin, "is " + bytes.length + " bytes, more than the " + MAX_BYTES + " a bundle may have");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw refused(origin, "holds more than " + MAX_ENTRIES + " entries");
                }
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES - total + 1));
                total += content.length;
                if (total > MAX_BYTES) {
                    throw refused(origin, "unpacks to more than " + MAX_BYTES + " bytes");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.put(entry.getName(), content) != null) {
                    problems.add(problem(entry.getName(), "is in the bundle twice"));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw refused(origin, "is not a policy bundle (a zip): " + e.getMessage());
        }
        byte[] manifestBytes = entries.remove(MANIFEST);
        if (manifestBytes == null) {
            throw refused(origin, entries.isEmpty() ? "is not a policy bundle (a zip): it holds no entry"
                    : "is not a policy bundle: it has no " + MANIFEST);
        }
        Properties manifest = new Properties();
        try {
            manifest.load(new StringReader(new String(manifestBytes, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw refused(origin, MANIFEST + " cannot be read: " + e.getMessage());
        }
        if (!Integer.toString(FORMAT).equals(manifest.getProperty("format"))) {
            throw refused(origin, MANIFEST + " is of format " + manifest.getProperty("format") + "; this trust-rules "
                    + libraryVersionRunning() + " reads format " + FORMAT);
        }
        Map<String, String> expected = new TreeMap<>();
        for (String key : manifest.stringPropertyNames()) {
            if (key.startsWith("sha256.")) {
                expected.put(key.substring("sha256.".length()), manifest.getProperty(key));
            }
        }
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, byte[]> models = new TreeMap<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String path = entry.getKey();
            String want = expected.get(path);
            if (want == null) {
                problems.add(problem(path, "is not in the manifest: it was added after the bundle was made"));
                continue;
            }
            String actual = sha256(entry.getValue());
            if (!actual.equals(want)) {
                problems.add(problem(path, "has SHA-256 " + actual + " but the manifest says " + want
                        + ": it was changed after the bundle was made"));
                continue;
            }
            if (path.startsWith(FILES) && path.length() > FILES.length()) {
                files.put(path.substring(FILES.length()), entry.getValue());
            } else if (path.startsWith(MODELS) && path.endsWith(".model")) {
                models.put(path.substring(MODELS.length(), path.length() - ".model".length()), entry.getValue());
            } else {
                problems.add(problem(path, "is neither a policy file (policy/...) nor a compiled model (models/...)"));
            }
        }
        for (String path : expected.keySet()) {
            if (!entries.containsKey(path)) {
                problems.add(problem(path, "is listed in the manifest but missing from the bundle"));
            }
        }
        List<String> shas = Arrays.stream(manifest.getProperty("policy.sha256", "").split(","))
                .filter(s -> !s.isBlank()).toList();
        if (problems.isEmpty()) {
            checkVersions(origin, files, models, shas, problems);
        }
        if (!problems.isEmpty()) {
            throw new PolicyBuildException(origin, problems);
        }
        return new PolicyBundle(origin, manifest.getProperty("name", ""), manifest.getProperty("version", ""),
                manifest.getProperty("created-by.trust-rules", ""), manifest.getProperty("created-by.drools", ""), shas,
                files, models, bytes.clone());
    }

    private static void checkVersions(String origin, Map<String, byte[]> files, Map<String, byte[]> models, List<String> shas,
            List<Problem> problems) {
        List<String> actual;
        try {
            actual = PolicyFiles.fromMemory(origin, files).stream().map(PolicySource::sha256).toList();
        } catch (PolicyBuildException e) {
            problems.addAll(e.problems());
            return;
        }
        if (!actual.equals(shas)) {
            problems.add(problem(MANIFEST, "names versions with SHA-256 " + shas + " but the policy files hash to " + actual));
        }
        for (Map.Entry<String, byte[]> model : models.entrySet()) {
            if (!shas.contains(model.getKey())) {
                problems.add(problem(MODELS + model.getKey() + ".model", "is the model of no version of this policy"));
                continue;
            }
            try {
                ModelArchive archive = ModelArchive.read(model.getValue());
                if (!archive.sha256().equals(model.getKey())) {
                    problems.add(problem(MODELS + model.getKey() + ".model", "holds the model of rule files with SHA-256 "
                            + archive.sha256()));
                }
            } catch (IllegalArgumentException e) {
                problems.add(problem(MODELS + model.getKey() + ".model", "is not a compiled model: " + e.getMessage()));
            }
        }
    }

    private static byte[] write(String name, String version, String library, String drools, List<String> shas,
            Map<String, byte[]> files, Map<String, byte[]> models) {
        Map<String, byte[]> entries = new TreeMap<>();
        files.forEach((path, content) -> entries.put(FILES + path, content));
        models.forEach((sha, content) -> entries.put(MODELS + sha + ".model", content));
        StringBuilder manifest = new StringBuilder();
        manifest.append("# trust-rules policy bundle: the SHA-256 of every entry; verified when the bundle is read\n");
        manifest.append("format=").append(FORMAT).append('\n');
        manifest.append("name=").append(escape(name)).append('\n');
        manifest.append("version=").append(escape(version)).append('\n');
        manifest.append("policy.sha256=").append(String.join(",", shas)).append('\n');
        manifest.append("created-by.trust-rules=").append(escape(library)).append('\n');
        manifest.append("created-by.drools=").append(escape(drools)).append('\n');
        entries.forEach((path, content) -> manifest.append("sha256.").append(escape(path)).append('=').append(sha256(content))
                .append('\n'));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            FixedZip.entry(zip, MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                FixedZip.entry(zip, entry.getKey(), entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A key or value for a properties file: {@code Properties.load} reads it back unchanged. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '=', ':', '#', '!', ' ' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static byte[] readLimited(InputStream in, String origin) throws IOException {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
        if (content.length > MAX_BYTES) {
            throw refused(origin, "is more than the " + MAX_BYTES + " bytes a bundle may have");
        }
        return content;
    }

    private static Problem problem(String file, String message) {
        return new Problem(file, 0, 0, Problem.Severity.ERROR, message);
    }

    private static PolicyBuildException refused(String origin, String message) {
        return new PolicyBuildException(origin, List.of(problem(origin, message)));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The version of trust-rules running, as its build recorded it. */
    static String libraryVersionRunning() {
        return LibraryVersion.version();
    }

    /** The compiled models, for a policy built from this bundle. */
    CompiledModels compiledModels() {
        Map<String, ModelArchive> archives = new TreeMap<>();
        models.forEach((sha, content) -> archives.put(sha, ModelArchive.read(content)));
        return CompiledModels.of(archives);
    }

    /** Writes the bundle to {@code file} atomically (a temporary file renamed), so a watcher never reads half of it. */
    public void write(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".bundle-", ".tmp");
            Files.write(temporary, bytes);
            try { // a temporary file is private to its owner; a bundle is read by the services that serve it
                Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the default permissions stay
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bundle to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The bundle as zip bytes (a copy). */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /** SHA-256 of the bundle's bytes, in hex: names the file shipped (record it in the change request). */
    public String sha256() {
        return sha256(bytes);
    }

    /** Where the bundle was read from, or the directory it was made of. */
    public String origin() {
        return origin;
    }

    /** The policy's name ({@code policy.properties}). */
    public String name() {
        return name;
    }

    /** The policy's version ({@code policy.properties}): the newest version's. */
    public String version() {
        return version;
    }

    /** The trust-rules version that made the bundle. */
    public String libraryVersion() {
        return libraryVersion;
    }

    /** The Drools version that compiled its models; another Drools compiles the rule files instead. */
    public String droolsVersion() {
        return droolsVersion;
    }

    /** The SHA-256 of each version's rule files, oldest first: what decisions of this bundle name. */
    public List<String> versionSha256s() {
        return versionSha256s;
    }

    /** The policy's files by path relative to the policy root (the map and its arrays are copies). */
    public Map<String, byte[]> files() {
        Map<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, content) -> copy.put(path, content.clone()));
        return copy;
    }

    /** The SHA-256 of each of the policy's files, by path relative to the policy root. */
    public Map<String, String> fileSha256s() {
        Map<String, String> sums = new TreeMap<>();
        files.forEach((path, content) -> sums.put(path, sha256(content)));
        return Collections.unmodifiableMap(sums);
    }

    @Override
    public String toString() {
        return "PolicyBundle[" + name + "@" + version + ", " + files.size() + " files, " + models.size()
                + " compiled versions, sha256 " + sha256().substring(0, 12) + "]";
    }
}
