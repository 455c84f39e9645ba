package com.headroom.prospect;

import com.headroom.security.AdminOnly;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The companies the prospects of every team name, for the administrators' "Company names"
 * screen (warm introductions suggest aliases among them). Company names only: no person,
 * no team.
 */
@Service
@AdminOnly
public class ProspectCompanies {

    private final ProspectStore store;

    ProspectCompanies(ProspectStore store) {
        this.store = store;
    }

    /**
     * Each company once, with keys up to {@code maxKeyLength} characters; read in one
     * pass, never held.
     */
    @Transactional(readOnly = true)
    public void each(int maxKeyLength, Consumer<HeldCompany> company) {
        store.companies(maxKeyLength, company);
    }

}
