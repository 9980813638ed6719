package dev.trustrules.facts;

/** Why a buyer returns goods. */
public enum ReturnReason {
    /** The buyer changed their mind (7-day no-reason return). */
    NO_REASON,
    /** The item is defective (质量问题). */
    QUALITY_PROBLEM,
    /** The item arrived damaged (运输破损); visible on arrival. */
    DAMAGED_IN_TRANSIT,
    /** The item differs from its listing (描述不符). */
    NOT_AS_DESCRIBED,
    /** Another item than the one ordered was sent (发错货). */
    WRONG_ITEM,
    /** Rot or spoilage of fresh produce; visible on arrival. */
    SPOILED;

    /** Whether the shop is at fault: the shop then pays the return freight. */
    public boolean isSellerFault() {
        return this != NO_REASON;
    }

    /** Whether the fault shows when the parcel is opened, so it is reported within hours of sign-off. */
    public boolean isArrivalDefect() {
        return this == DAMAGED_IN_TRANSIT || this == SPOILED;
    }
}
