/** Values here are never null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package com.headroom.warmintro;

import org.jspecify.annotations.NullMarked;
