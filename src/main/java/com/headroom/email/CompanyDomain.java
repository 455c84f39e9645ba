package com.headroom.email;

import java.time.Instant;

/**
 * An admin's correction of a company's mail domains: a domain added that Headroom cannot
 * see yet, or a learned one marked as not the company's.
 */
public record CompanyDomain(long id, String companyKey, String company, String domain, boolean excluded,
        String changedBy, Instant changedAt) {
}
