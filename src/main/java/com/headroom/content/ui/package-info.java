/** Values here are never null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package com.headroom.content.ui;

import org.jspecify.annotations.NullMarked;
