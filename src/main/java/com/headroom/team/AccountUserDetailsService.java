package com.headroom.team;

import com.headroom.security.HeadroomUser;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in reads accounts from the database. A deactivated account is returned disabled,
 * so Spring Security refuses it; an invited account without a password yet cannot sign in
 * at all.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String email = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        var account = accounts.findByEmail(email)
            .filter(Account::hasPassword)
            .orElseThrow(() -> new UsernameNotFoundException("No account can sign in as " + email));
        return new HeadroomUser(account.id(), account.email(), account.displayName(), account.role(),
                account.isActive(), account.passwordHash());
    }

}
