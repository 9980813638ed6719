package dev.trustrules.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.Decision;
import dev.trustrules.DecisionRecord;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.Guarantee;
import dev.trustrules.Note;
import dev.trustrules.PolicyId;
import dev.trustrules.Sanction;
import dev.trustrules.Standing;
import dev.trustrules.Traffic;
import dev.trustrules.TrustRequest;
import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.Brand;
import dev.trustrules.facts.BuyerAccount;
import dev.trustrules.facts.BuyerReports;
import dev.trustrules.facts.CreatorAccount;
import dev.trustrules.facts.ExperienceScore;
import dev.trustrules.facts.Listing;
import dev.trustrules.facts.Order;
import dev.trustrules.facts.ProductScore;
import dev.trustrules.facts.RepeatCustomers;
import dev.trustrules.facts.ShopAccount;
import dev.trustrules.facts.ShopApplication;
import dev.trustrules.facts.ShopScores;
import dev.trustrules.facts.ViolationRecord;
import dev.trustrules.facts.WordOfMouthScore;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JSON form is defined once: the document records have the fields of the records they stand for,
 * in their order, and the field reference in {@code docs/integration.md} lists exactly the required and
 * optional fields the code reads, with the meanings of the {@link AbsentMeans} annotations.
 */
class JsonFormTest {
    private static final Map<String, Class<?>> OBJECTS = new LinkedHashMap<>();

    static {
        OBJECTS.put("request", RequestDocument.class);
        OBJECTS.put("order", Order.class);
        OBJECTS.put("buyer", BuyerAccount.class);
        OBJECTS.put("shop", ShopAccount.class);
        OBJECTS.put("claim", ClaimDocument.class);
        OBJECTS.put("violation", ViolationDocument.class);
        OBJECTS.put("listing", Listing.class);
        OBJECTS.put("application", ShopApplication.class);
        OBJECTS.put("brand", Brand.class);
        OBJECTS.put("creator", CreatorAccount.class);
        OBJECTS.put("wordOfMouth", WordOfMouthScore.class);
        OBJECTS.put("repeatCustomers", RepeatCustomers.class);
        OBJECTS.put("shopScores", ShopScores.class);
        OBJECTS.put("experience", ExperienceScore.class);
        OBJECTS.put("product", ProductScore.class);
        OBJECTS.put("reports", BuyerReports.class);
        OBJECTS.put("decision", Decision.class);
        OBJECTS.put("policy", PolicyId.class);
        OBJECTS.put("guarantee", Guarantee.class);
        OBJECTS.put("entitlement", Entitlement.class);
        OBJECTS.put("denial", Denial.class);
        OBJECTS.put("sanction", Sanction.class);
        OBJECTS.put("note", Note.class);
        OBJECTS.put("standing", Standing.class);
        OBJECTS.put("traffic", Traffic.class);
        OBJECTS.put("record", DecisionRecord.class);
    }

    private static List<String> fields(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).filter(c -> c.getType() != Where.class).map(RecordComponent::getName).toList();
    }

    @Test
    void should_have_the_fields_of_the_records_in_their_order_when_a_document_record_stands_for_one() {
        assertThat(fields(RequestDocument.class)).isEqualTo(fields(TrustRequest.class));
        assertThat(fields(ClaimDocument.class)).isEqualTo(fields(AfterSaleClaim.class));
        assertThat(fields(ViolationDocument.class)).isEqualTo(fields(ViolationRecord.class));
    }

    @Test
    void should_list_exactly_the_required_and_optional_fields_of_the_code_when_the_field_reference_is_read() throws IOException {
        Map<String, Row> documented = reference();

        assertThat(documented.keySet()).containsExactlyElementsOf(OBJECTS.keySet());
        OBJECTS.forEach((name, type) -> {
            Row code = classify(type);
            assertThat(documented.get(name).required()).as(name + " required").isEqualTo(code.required());
            assertThat(documented.get(name).optional()).as(name + " optional").isEqualTo(code.optional());
        });
    }

    private record Row(List<String> required, Map<String, String> optional) {}

    private static Row classify(Class<?> type) {
        Class<?> mixin = FactForms.MIXINS.get(type);
        List<String> required = new ArrayList<>();
        Map<String, String> optional = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType() == Where.class) {
                continue;
            }
            AbsentMeans absent = c.getAnnotation(AbsentMeans.class);
            if (absent == null && mixin != null) {
                try {
                    Method method = mixin.getDeclaredMethod(c.getName());
                    absent = method.getAnnotation(AbsentMeans.class);
                } catch (NoSuchMethodException e) {
                    absent = null;
                }
            }
            if (absent == null) {
                required.add(c.getName());
            } else {
                optional.put(c.getName(), absent.value());
            }
        }
        return new Row(required, optional);
    }

    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| (.*) \\| (.*) \\|$");
    private static final Pattern NAME = Pattern.compile("`([a-z]\\w*)`");
    private static final Pattern MEANING = Pattern.compile("`([a-z]\\w*)`: (.*?)(?=; `[a-z]|$)");

    private static Map<String, Row> reference() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "integration.md"));
        String section = doc.substring(doc.indexOf("## 8. The JSON form: field reference"));
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : section.lines().toList()) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            List<String> required = new ArrayList<>();
            Matcher name = NAME.matcher(row.group(2));
            while (name.find()) {
                required.add(name.group(1));
            }
            Map<String, String> optional = new LinkedHashMap<>();
            Matcher meaning = MEANING.matcher(row.group(3));
            while (meaning.find()) {
                optional.put(meaning.group(1), meaning.group(2));
            }
            rows.put(row.group(1), new Row(required, optional));
        }
        return rows;
    }
}
