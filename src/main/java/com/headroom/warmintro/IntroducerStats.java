package com.headroom.warmintro;

/**
 * How a teammate's introductions went, over all requests to them in the team.
 *
 * @param path "Direct" or "Through a colleague": the two kinds of path tracked apart
 */
public record IntroducerStats(String introducer, String path, int asked, int accepted, int declined, int introduced,
        int connected, int noReply) {
}
