package com.headroom.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How a published item did, as LinkedIn showed it at one moment (totals, not increments).
 *
 * @param measuredAt null for now
 */
public record Snapshot(@Nullable Instant measuredAt,
        @NotNull(message = "Enter the impressions") @Min(value = 0, message = "Can't be negative") @Max(
                value = 100_000_000, message = "That is more than LinkedIn shows") Integer impressions,
        @NotNull(message = "Enter the reactions") @Min(value = 0, message = "Can't be negative") @Max(
                value = 10_000_000, message = "That is more than LinkedIn shows") Integer reactions,
        @NotNull(message = "Enter the comments") @Min(value = 0, message = "Can't be negative") @Max(value = 10_000_000,
                message = "That is more than LinkedIn shows") Integer comments,
        @NotNull(message = "Enter the reposts") @Min(value = 0, message = "Can't be negative") @Max(value = 10_000_000,
                message = "That is more than LinkedIn shows") Integer reposts,
        @NotNull(message = "Enter the followers gained") @Min(value = 0, message = "Can't be negative") @Max(
                value = 10_000_000, message = "That is more than LinkedIn shows") Integer followersGained,
        @NotNull(message = "Enter the profile views") @Min(value = 0, message = "Can't be negative") @Max(
                value = 10_000_000, message = "That is more than LinkedIn shows") Integer profileViews,
        @NotNull(message = "Enter the connection requests") @Min(value = 0, message = "Can't be negative") @Max(
                value = 100_000, message = "That is more than LinkedIn allows") Integer inboundRequests) {

    /** Reactions, comments and reposts per impression. */
    public double engagementRate() {
        return impressions == null || impressions == 0 ? 0 : (double) (reactions + comments + reposts) / impressions;
    }
}
