package com.headroom.prospect;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An action on the prospect list's current filter that a later feature adds (handing the
 * list to an e-mail tool), so that the prospect feature does not depend on it.
 */
public interface ProspectListAction {

    /**
     * The action's button, placed beside the list's own export.
     * @param shownFilter the filter the list shows now (empty before a team is chosen);
     * safe to call outside the session lock
     */
    Component create(Supplier<Optional<ProspectFilter>> shownFilter);

}
