package dev.trustrules.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One expected item of a decision: its type and the fields given, as text, in the order of the
 * decision item's fields. Fields not given are not compared.
 *
 * @param type the entitlement or sanction type, such as {@code FAKE_ONE_PAY_TEN}
 * @param fields the fields to compare ({@code payoutFen}, {@code payer}, {@code reason}, ...) as text
 */
public record Expected(String type, Map<String, String> fields) {

    public Expected {
        Objects.requireNonNull(type, "expected.type");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields == null ? Map.of() : fields));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{type: ").append(type);
        fields.forEach((name, value) -> text.append(", ").append(name).append(": ").append(value));
        return text.append('}').toString();
    }
}
