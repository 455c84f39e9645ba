/** Values here are never null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package com.headroom.team;

import org.jspecify.annotations.NullMarked;
