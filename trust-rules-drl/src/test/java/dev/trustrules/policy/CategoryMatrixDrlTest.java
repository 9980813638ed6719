package dev.trustrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.TrustPolicy;
import dev.trustrules.internal.compile.ParsedPolicy.ParsedFile;
import dev.trustrules.internal.compile.PolicyParser;
import dev.trustrules.internal.load.PolicyFiles;
import dev.trustrules.internal.load.PolicySource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.api.Test;

/**
 * trust-rules compiles the category matrix (guarantees/category-matrix.drl.csv) itself, without Drools'
 * spreadsheet code; the DRL it writes is exactly the DRL Drools' {@code SpreadsheetCompiler} writes, so the
 * default policy decides as it did. Drools' compiler is on this module's test class path for this test only.
 */
class CategoryMatrixDrlTest {
    private static final Path POLICY = Path.of("src/main/resources", TrustPolicy.DEFAULT_POLICY_ROOT);
    private static final String TABLE = "guarantees/category-matrix.drl.csv";

    @Test
    void should_write_the_drl_drools_writes_when_compiling_the_category_matrix() throws IOException {
        PolicySource base = PolicyFiles.fromDirectory(POLICY).get(0);
        ParsedFile matrix = PolicyParser.parse(base, true).file(TABLE);

        String drools;
        try (InputStream csv = Files.newInputStream(POLICY.resolve(TABLE))) {
            drools = new SpreadsheetCompiler().compile(csv, InputType.CSV);
        }

        assertThat(matrix.drl()).isEqualTo(drools).contains("rule \"CAT-16 OTHER\"");
    }
}
