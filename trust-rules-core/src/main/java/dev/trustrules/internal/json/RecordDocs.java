package dev.trustrules.internal.json;

import dev.trustrules.internal.build.RecordDocsProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The records' and enums' javadoc as the build kept it ({@link RecordDocsProcessor}): the first sentence
 * of a type, the {@code @param} text of a component, the first sentence of an enum constant.
 */
final class RecordDocs {
    private static final Properties DOCS = load();

    private RecordDocs() {}

    /** The type's first sentence, or {@code null}. */
    static String of(Class<?> type) {
        return DOCS.getProperty(type.getName());
    }

    /** The text of the component's {@code @param} (or of the enum constant), or {@code null}. */
    static String of(Class<?> type, String member) {
        return DOCS.getProperty(type.getName() + "." + member);
    }

    private static Properties load() {
        Properties docs = new Properties();
        try (InputStream in = RecordDocs.class.getResourceAsStream(RecordDocsProcessor.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RecordDocsProcessor.RESOURCE + " is missing next to " + RecordDocs.class.getName()
                        + ": the build writes it while compiling trust-rules-core (see its pom.xml)");
            }
            docs.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }
}
