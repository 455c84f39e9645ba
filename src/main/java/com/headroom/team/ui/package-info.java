/**
 * The team screens. Other features' views use {@link com.headroom.team.ui.TeamPicker}
 * from here, the one picker of "which team" that every team-bound screen shows.
 */
@NamedInterface("ui")
@NullMarked
package com.headroom.team.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
