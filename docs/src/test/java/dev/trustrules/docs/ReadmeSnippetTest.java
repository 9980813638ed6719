package dev.trustrules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.EntitlementType;
import dev.trustrules.TrustRequest;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.test.TrustFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java snippet is compiled and run exactly as written, against the default policy. */
class ReadmeSnippetTest {
    private static final Pattern FIRST_JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path work;

    @Test
    void should_compile_and_run_the_readme_snippet_when_given_a_counterfeit_claim() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher block = FIRST_JAVA_BLOCK.matcher(readme);
        assertThat(block.find()).as("README.md has a ```java block").isTrue();

        Path source = work.resolve("ReadmeSnippet.java");
        Files.writeString(source, """
                import dev.trustrules.*;
                import dev.trustrules.facts.*;

                public class ReadmeSnippet {
                    public static void run(Order order, BuyerAccount buyer, ShopAccount shop, AfterSaleClaim claim) {
                %s
                    }
                }
                """.formatted(block.group(1)));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics,
                "-classpath", System.getProperty("java.class.path"), "-d", work.toString(), source.toString());
        assertThat(status).as("javac output:%n%s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        TrustRequest request = TrustFixtures.claim(ClaimType.COUNTERFEIT)
                .order(o -> o.paidFen(19_900).enrolledIn(EntitlementType.FAKE_ONE_PAY_TEN))
                .claim(c -> c.verdict(AuthenticityVerdict.FAKE))
                .build();
        String printed = runSnippet(request);

        assertThat(printed.lines().toList()).isEqualTo(List.of("FAKE_ONE_PAY_TEN: refund 19900 fen + payout 199000 fen, paid by SHOP"));
    }

    private String runSnippet(TrustRequest request) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, getClass().getClassLoader())) {
            Method run = loader.loadClass("ReadmeSnippet").getMethod("run", dev.trustrules.facts.Order.class,
                    dev.trustrules.facts.BuyerAccount.class, dev.trustrules.facts.ShopAccount.class,
                    dev.trustrules.facts.AfterSaleClaim.class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            run.invoke(null, request.order(), request.buyer(), request.shop(), request.claim());
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
