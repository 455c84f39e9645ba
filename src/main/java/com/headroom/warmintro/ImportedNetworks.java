package com.headroom.warmintro;

import com.headroom.outreach.ImportedNetwork;
import com.headroom.outreach.NetworkSizes;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The limits engine's count of a member's network starts from their last Connections.csv
 * import, which this feature keeps. Called by outreach services that have already checked
 * who may see the member.
 */
@Component
class ImportedNetworks implements NetworkSizes {

    private final ConnectionStore store;

    ImportedNetworks(ConnectionStore store) {
        this.store = store;
    }

    @Override
    public Optional<ImportedNetwork> of(long memberId) {
        var state = store.member(memberId);
        return state.lastImportAt() == null ? Optional.empty()
                : Optional.of(new ImportedNetwork(state.connections(), state.lastImportAt()));
    }

    @Override
    public Map<Long, ImportedNetwork> of(Collection<Long> memberIds) {
        Map<Long, ImportedNetwork> found = new HashMap<>();
        store.members(memberIds).forEach((member, state) -> {
            if (state.lastImportAt() != null) {
                found.put(member, new ImportedNetwork(state.connections(), state.lastImportAt()));
            }
        });
        return found;
    }

}
