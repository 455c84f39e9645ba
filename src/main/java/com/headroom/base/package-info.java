/**
 * Shared pieces every feature may use: the audit log, rule violations, and (in
 * {@code ui}) the main layout and small view helpers. An open module, so features may use
 * {@code base.ui} too.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package com.headroom.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
