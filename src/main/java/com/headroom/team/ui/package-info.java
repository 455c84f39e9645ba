/**
 * The team screens. Other features' views use {@link com.headroom.team.ui.TeamPicker} from here,
 * the one picker of "which team" that every team-bound screen shows.
 */
@NamedInterface("ui")
package com.headroom.team.ui;

import org.springframework.modulith.NamedInterface;
