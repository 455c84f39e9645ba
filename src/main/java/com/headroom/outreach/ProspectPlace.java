package com.headroom.outreach;

import org.jspecify.annotations.Nullable;

/** Where a prospect is and what they do, as their record says: either may be missing. */
public record ProspectPlace(@Nullable String location, @Nullable String industry) {
}
