package dev.trustrules;

/** How traffic (流量) is weighted for a shop or a creator: trust decides how traffic is distributed. */
public enum TrafficWeight {
    /** Less traffic than the algorithm would give. */
    RESTRICTED,
    /** The traffic the algorithm gives, neither boosted nor restricted. */
    NEUTRAL,
    /** More traffic: a trusted record that buyers come back to. */
    BOOST
}
