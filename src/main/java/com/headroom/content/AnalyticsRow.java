package com.headroom.content;

/**
 * How one type, topic or author did over a period.
 *
 * @param measured posts with at least one snapshot
 * @param engagementRate reactions, comments and reposts per impression, over all measured
 * posts
 * @param inboundPerPost connection requests the posts brought, per post
 */
public record AnalyticsRow(String group, int posts, int measured, long medianImpressions, double engagementRate,
        double inboundPerPost, double followersPerPost, int inboundRequests) {
}
