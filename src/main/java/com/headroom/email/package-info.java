/**
 * E-mail as the second channel: company address formats learned from addresses the team
 * holds, suggested and checked addresses, exports to e-mail tools and their activity read
 * back into the ledger. Headroom sends no e-mail and scrapes nothing.
 *
 * <p>
 * Values here are never null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.headroom.email;

import org.jspecify.annotations.NullMarked;
