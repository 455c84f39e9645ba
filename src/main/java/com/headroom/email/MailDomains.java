package com.headroom.email;

/**
 * Where the checks ask which servers take mail for a domain. Headroom asks DNS only
 * ({@link DnsMailDomains}, usually behind {@link CachedMailDomains}); it never connects
 * to a mail server, so that a check can't get the customer's server blacklisted.
 */
public interface MailDomains {

    /**
     * What DNS says about mail for the domain (ASCII or Unicode, without a trailing dot).
     * Never throws for a lookup that fails: that is
     * {@link MailDomainAnswer.Kind#LOOKUP_FAILED}.
     * @throws IllegalArgumentException when the text is not a domain name at all
     */
    MailDomainAnswer lookUp(String domain);

}
