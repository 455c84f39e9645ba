package com.headroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    // From the public top 10,000 (long enough to pass the length rule), and the product's
    // own list.
    @ValueSource(strings = { "qazwsxedcrfv", "LeaveMeAlone", "123qweasdzxc", "123456654321", "123456789012" })
    void passwords_from_the_lists_attackers_try_first_are_refused(String password) {
        assertThat(policy.problemWith(password, "ada@acme.example"))
            .hasValue("This password is on the list of passwords attackers try first. Choose another.");
    }

    @Test
    void a_long_uncommon_password_is_accepted() {
        assertThat(policy.problemWith("violet-harbour-tractor-91", "ada@acme.example")).isEmpty();
    }

}
