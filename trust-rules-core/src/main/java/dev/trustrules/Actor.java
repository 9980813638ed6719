package dev.trustrules;

/**
 * Who a trust standing or a traffic weight is about: the shop (店铺) that sells, or the creator (达人,
 * 主播) who presents goods in a live room, their own or another's.
 */
public enum Actor {
    SHOP,
    CREATOR
}
