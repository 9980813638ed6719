package dev.trustrules.scenario;

import dev.trustrules.BuyerTier;
import java.util.List;

/**
 * What a scenario expects of the decision. A section that is {@code null} (left out of {@code expect})
 * is not checked; a section given, even empty, must match the decision exactly: every expected item
 * found, no other item of that section in the decision.
 *
 * @param buyerTier the expected buyer tier, or {@code null} when not checked
 * @param guarantees the expected guarantees, or {@code null}
 * @param entitlements the expected entitlements, or {@code null}
 * @param denials the expected denials, or {@code null}
 * @param sanctions the expected sanctions, or {@code null}
 */
public record Expectations(BuyerTier buyerTier, List<Expected> guarantees, List<Expected> entitlements,
        List<Expected> denials, List<Expected> sanctions) {

    public Expectations {
        guarantees = guarantees == null ? null : List.copyOf(guarantees);
        entitlements = entitlements == null ? null : List.copyOf(entitlements);
        denials = denials == null ? null : List.copyOf(denials);
        sanctions = sanctions == null ? null : List.copyOf(sanctions);
    }

    /** Whether nothing at all is checked. */
    public boolean isEmpty() {
        return buyerTier == null && guarantees == null && entitlements == null && denials == null && sanctions == null;
    }
}
