package com.headroom.security;

import java.io.Serial;
import java.util.Collection;
import java.util.Objects;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person. Carries the account id so services never look the user up by
 * e-mail again, and the display name for the header. Equality is by login e-mail, as
 * Spring's own {@code User}, so that the session registry finds every session of one
 * account.
 */
public final class HeadroomUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;

    private final String email;

    private final String displayName;

    private final Role role;

    private final boolean enabled;

    private String passwordHash;

    public HeadroomUser(long accountId, String email, String displayName, Role role, boolean enabled,
            String passwordHash) {
        this.accountId = accountId;
        this.email = Objects.requireNonNull(email);
        this.displayName = Objects.requireNonNull(displayName);
        this.role = Objects.requireNonNull(role);
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return role.grantedRoles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HeadroomUser that && email.equals(that.email);
    }

    @Override
    public int hashCode() {
        return email.hashCode();
    }

    @Override
    public String toString() {
        return "HeadroomUser[" + accountId + ", " + email + ", " + role + "]";
    }

}
