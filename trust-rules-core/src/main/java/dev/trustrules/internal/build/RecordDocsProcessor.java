package dev.trustrules.internal.build;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * Writes the javadoc of every record and enum of {@code dev.trustrules} (the first sentence of the type,
 * the text of each {@code @param}, the first sentence of each enum constant) to {@value #RESOURCE} in {@value #PACKAGE}, as UTF-8 properties keyed
 * {@code binary.ClassName} and {@code binary.ClassName.component} (or {@code .CONSTANT}). The javadoc stays the one place a
 * field is described: the JSON Schema reads this resource, and the build writes it again on every
 * compile. Inline tags keep their text ({@code {@code null}} becomes {@code `null`}); HTML is dropped.
 */
@SupportedAnnotationTypes("*")
public final class RecordDocsProcessor extends AbstractProcessor {
    /** The package the resource is written to. */
    public static final String PACKAGE = "dev.trustrules.internal.json";
    /** The resource's name in {@link #PACKAGE}. */
    public static final String RESOURCE = "record-docs.properties";

    private static final Pattern PARAM = Pattern.compile("^@param\\s+(\\w+)\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\\{@(?:code|literal)\\s+([^}]*)}");
    private static final Pattern LINK = Pattern.compile("\\{@link(?:plain)?\\s+([^}\\s]+)(?:\\s+([^}]*))?}");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(\\s|$)");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

    private final Map<String, String> docs = new TreeMap<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element root : round.getRootElements()) {
            collect(root);
        }
        if (round.processingOver() && !docs.isEmpty()) {
            write();
        }
        return false;
    }

    private void collect(Element element) {
        if (element instanceof TypeElement type) {
            String name = processingEnv.getElementUtils().getBinaryName(type).toString();
            boolean documented = type.getKind() == ElementKind.RECORD || type.getKind() == ElementKind.ENUM;
            if (documented && name.startsWith("dev.trustrules.")) {
                String comment = processingEnv.getElementUtils().getDocComment(type);
                if (comment != null) {
                    read(name, comment);
                }
            }
            for (Element member : type.getEnclosedElements()) {
                if (member.getKind() == ElementKind.ENUM_CONSTANT && documented) {
                    String comment = processingEnv.getElementUtils().getDocComment(member);
                    if (comment != null) {
                        docs.put(name + "." + member.getSimpleName(), firstSentence(text(comment)));
                    }
                }
                collect(member);
            }
        }
    }

    /** The record's first sentence, and each {@code @param} up to the next block tag. */
    private void read(String type, String comment) {
        String[] blocks = comment.split("\\n\\s*(?=@)");
        String body = blocks[0];
        int paragraph = body.indexOf("<p>");
        String summary = text(paragraph < 0 ? body : body.substring(0, paragraph));
        if (!summary.isEmpty()) {
            docs.put(type, firstSentence(summary));
        }
        for (int i = 1; i < blocks.length; i++) {
            Matcher param = PARAM.matcher(blocks[i].strip());
            if (param.matches()) {
                docs.put(type + "." + param.group(1), text(param.group(2)));
            }
        }
    }

    static String text(String javadoc) {
        String text = CODE.matcher(javadoc).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1).strip() + "`"));
        text = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2).strip()
                : "`" + m.group(1).substring(m.group(1).lastIndexOf('.') + 1).replace('#', '.') + "`"));
        text = TAG.matcher(text).replaceAll("");
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String firstSentence(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }

    private void write() {
        try (Writer out = new OutputStreamWriter(processingEnv.getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, PACKAGE, RESOURCE).openOutputStream(), StandardCharsets.UTF_8)) {
            out.write("# the javadoc of the records, written by " + RecordDocsProcessor.class.getName() + "\n");
            for (Map.Entry<String, String> doc : docs.entrySet()) {
                out.write(escape(doc.getKey()) + "=" + escape(doc.getValue()) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + RESOURCE, e);
        }
    }

    /** Properties escaping of {@code \}, line ends and a leading blank; other characters as they are (read as UTF-8). */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '=', ':' -> out.append('\\').append(c);
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
