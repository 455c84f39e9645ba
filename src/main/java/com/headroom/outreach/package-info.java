/** Values here are never null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package com.headroom.outreach;

import org.jspecify.annotations.NullMarked;
