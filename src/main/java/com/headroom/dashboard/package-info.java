/**
 * The manager's screens: Team overview, a member's view, results over time and what needs
 * attention. It reads the other features' services and nothing depends on it (DESIGN.md).
 */
@NullMarked
package com.headroom.dashboard;

import org.jspecify.annotations.NullMarked;
