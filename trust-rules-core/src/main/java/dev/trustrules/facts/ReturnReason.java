package dev.trustrules.facts;

/** Why a buyer returns goods. */
public enum ReturnReason {
    /** The buyer changed their mind (7-day no-reason return). */
    NO_REASON,
    QUALITY_PROBLEM,
    DAMAGED_IN_TRANSIT,
    NOT_AS_DESCRIBED,
    WRONG_ITEM,
    /** Rot or spoilage of fresh produce. */
    SPOILED;

    /** Whether the shop is at fault, so the return freight is a covered loss. */
    public boolean isSellerFault() {
        return this != NO_REASON;
    }
}
