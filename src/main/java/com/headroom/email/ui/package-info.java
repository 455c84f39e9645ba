/** Values here are never null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package com.headroom.email.ui;

import org.jspecify.annotations.NullMarked;
