package com.headroom.warmintro;

import com.headroom.security.CurrentUser;
import com.headroom.security.SignedIn;
import com.headroom.team.AccountService;
import com.headroom.team.Teammate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the e-mail channel may learn from imported connections: a member's own
 * connections' addresses serve that member's suggestions only, and no suggestion may
 * reveal an address only a teammate's connections hold.
 */
@Service
@SignedIn
public class ConnectionEmails {

    /** An address one of the signed-in member's own connections gave LinkedIn. */
    public record OwnAddress(String firstName, String lastName, String address) {
    }

    private final ConnectionEmailStore store;

    private final AccountService accounts;

    private final CurrentUser currentUser;

    ConnectionEmails(ConnectionEmailStore store, AccountService accounts, CurrentUser currentUser) {
        this.store = store;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** The signed-in member's own connections' addresses at these domains. */
    @Transactional(readOnly = true)
    public List<OwnAddress> mineAt(Collection<String> domains) {
        return store.ownAt(currentUser.require().accountId(),
                domains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList());
    }

    /** The domains of the signed-in member's own connections' addresses at a company. */
    @Transactional(readOnly = true)
    public Map<String, Integer> myDomainsAt(String companyKey) {
        return store.ownDomainsAt(currentUser.require().accountId(), companyKey);
    }

    /**
     * Whether a teammate's (not the signed-in member's) connections hold this address:
     * then only the teammate may see it.
     */
    @Transactional(readOnly = true)
    public boolean heldByATeammate(long teamId, String address) {
        long me = currentUser.require().accountId();
        var others = accounts.teammates(teamId).stream().map(Teammate::id).filter(id -> id != me).toList();
        return store.heldByAny(others, address.strip().toLowerCase(Locale.ROOT));
    }

}
