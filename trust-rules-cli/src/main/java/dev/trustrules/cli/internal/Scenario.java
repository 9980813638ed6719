package dev.trustrules.cli.internal;

import dev.trustrules.BuyerTier;
import dev.trustrules.TrustRequest;
import java.util.List;
import java.util.Map;

/**
 * One scenario: a fact document and the outcomes expected of it. A section left out of
 * {@code expect} is not checked; a section given (even empty) must match the decision exactly: every
 * expected item found, no other item of that section in the decision.
 */
record Scenario(String name, String file, int line, TrustRequest given, BuyerTier buyerTier,
        List<Expected> guarantees, List<Expected> entitlements, List<Expected> denials, List<Expected> sanctions) {

    /** One expected item: its type and the fields given, as text, in the order they were written. */
    record Expected(String type, Map<String, String> fields) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("{type: ").append(type);
            fields.forEach((name, value) -> text.append(", ").append(name).append(": ").append(value));
            return text.append('}').toString();
        }
    }
}
