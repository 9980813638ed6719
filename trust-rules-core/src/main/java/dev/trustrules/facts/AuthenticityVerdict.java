package dev.trustrules.facts;

/** The appraisal's verdict on an item reported counterfeit. */
public enum AuthenticityVerdict {
    FAKE,
    GENUINE,
    PENDING
}
