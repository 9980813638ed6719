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
 * @param standings the expected standing items, each keyed by its actor ({@code SHOP}, {@code CREATOR}), or
 *     {@code null}
 * @param traffic the expected traffic items, each keyed by its actor, or {@code null}
 */
public record Expectations(BuyerTier buyerTier, List<Expected> guarantees, List<Expected> entitlements,
        List<Expected> denials, List<Expected> sanctions, List<Expected> standings, List<Expected> traffic) {

    public Expectations {
        guarantees = guarantees == null ? null : List.copyOf(guarantees);
        entitlements = entitlements == null ? null : List.copyOf(entitlements);
        denials = denials == null ? null : List.copyOf(denials);
        sanctions = sanctions == null ? null : List.copyOf(sanctions);
        standings = standings == null ? null : List.copyOf(standings);
        traffic = traffic == null ? null : List.copyOf(traffic);
    }

    /** Expectations that do not check standings or traffic. */
    public Expectations(BuyerTier buyerTier, List<Expected> guarantees, List<Expected> entitlements, List<Expected> denials,
            List<Expected> sanctions) {
        this(buyerTier, guarantees, entitlements, denials, sanctions, null, null);
    }

    /** Whether nothing at all is checked. */
    public boolean isEmpty() {
        return buyerTier == null && guarantees == null && entitlements == null && denials == null && sanctions == null
                && standings == null && traffic == null;
    }
}
