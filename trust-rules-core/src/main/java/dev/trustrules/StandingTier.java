package dev.trustrules;

/** A shop's or a creator's trust standing (信任等级), lowest first. */
public enum StandingTier {
    /** Standing at risk: a low score, violation points or a counterfeit on record, or a restriction. */
    LOW,
    /** Neither at risk nor trusted enough for more traffic. */
    STANDARD,
    /** A trusted record: high scores, no violation points. */
    HIGH;

    public boolean isAtLeast(StandingTier other) {
        return compareTo(other) >= 0;
    }
}
