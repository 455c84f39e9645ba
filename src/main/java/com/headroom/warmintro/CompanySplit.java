package com.headroom.warmintro;

import java.time.Instant;

/** A spelling taken out of a wrong merge: it matches only itself. */
public record CompanySplit(String name, Instant addedAt) {
}
