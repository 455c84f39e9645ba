package com.headroom.prospect;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of a prospect's detail that a later feature adds (outreach logging,
 * introductions), so that the prospect feature does not depend on the features built on
 * it.
 */
public interface ProspectDetailSection {

    /**
     * The section for this prospect, or empty to show nothing.
     * @param changed to call after the prospect changed (its stage, its last activity)
     */
    Optional<Component> create(ProspectDetails prospect, Runnable changed);

}
