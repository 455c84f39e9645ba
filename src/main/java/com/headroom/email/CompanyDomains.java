package com.headroom.email;

import com.headroom.base.AuditLog;
import com.headroom.base.CompanyName;
import com.headroom.base.FieldChange;
import com.headroom.base.RuleViolation;
import com.headroom.prospect.ProspectEmails;
import com.headroom.security.AdminOnly;
import com.headroom.security.CurrentUser;
import com.headroom.security.SignedIn;
import com.headroom.warmintro.ConnectionEmails;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's mail domains: learned from the addresses the team (and the member's own
 * connections) hold at it, leaving out personal mailbox providers, and corrected by
 * admins.
 */
@Service
@SignedIn
public class CompanyDomains {

    private static final Pattern DOMAIN = Pattern
        .compile("(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    private final EmailStore store;

    private final ProspectEmails prospectEmails;

    private final ConnectionEmails connectionEmails;

    private final AuditLog auditLog;

    private final CurrentUser currentUser;

    private final Clock clock;

    CompanyDomains(EmailStore store, ProspectEmails prospectEmails, ConnectionEmails connectionEmails,
            AuditLog auditLog, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.prospectEmails = prospectEmails;
        this.connectionEmails = connectionEmails;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The company's domains for the team, with how many held addresses use each. */
    @Transactional(readOnly = true)
    public Map<String, Integer> of(long teamId, String company) {
        String key = keyOf(company);
        Map<String, Integer> domains = new TreeMap<>();
        if (key.isEmpty()) {
            return domains;
        }
        prospectEmails.domainsOfCompany(teamId, key).forEach((d, n) -> domains.merge(d, n, Integer::sum));
        connectionEmails.myDomainsAt(key).forEach((d, n) -> domains.merge(d, n, Integer::sum));
        domains.keySet().removeIf(PersonalMailDomains::isNoCompanys);
        for (var c : store.corrections(key)) {
            if (c.excluded()) {
                domains.remove(c.domain());
            }
            else {
                domains.putIfAbsent(c.domain(), 0);
            }
        }
        return domains;
    }

    // ---- Admins' corrections. ----

    @Transactional(readOnly = true)
    @AdminOnly
    public List<CompanyDomain> corrections(int offset, int limit) {
        return store.corrections(offset, limit);
    }

    @Transactional(readOnly = true)
    @AdminOnly
    public int countCorrections() {
        return store.countCorrections();
    }

    /**
     * Adds a domain to a company, or (excluded) says a learned one is not the company's.
     */
    @Transactional
    @AdminOnly
    public void correct(String company, String domain, boolean excluded) {
        String name = company == null ? "" : company.strip();
        String key = keyOf(name);
        if (key.isEmpty()) {
            throw new RuleViolation("company", "Enter the company's name as your prospects have it.");
        }
        String clean = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
        if (clean.startsWith("@")) {
            clean = clean.substring(1);
        }
        if (!DOMAIN.matcher(clean).matches()) {
            throw new RuleViolation("domain", "Enter a mail domain like acme.com (without a name or an “@”).");
        }
        if (!excluded && PersonalMailDomains.isPersonal(clean)) {
            throw new RuleViolation("domain", clean + " is a personal mailbox provider, not a company's domain.");
        }
        var me = currentUser.require();
        store.saveCorrection(key, name, clean, excluded, me.accountId(), clock.instant());
        auditLog.record("Company domain", key, name, excluded ? "Marked not the company's" : "Added",
                List.of(new FieldChange("Domain", null, clean)));
    }

    @Transactional
    @AdminOnly
    public void remove(CompanyDomain correction) {
        if (store.removeCorrection(correction.id())) {
            auditLog.record("Company domain", correction.companyKey(), correction.company(), "Correction removed",
                    List.of(new FieldChange("Domain", correction.domain(), null)));
        }
    }

    static String keyOf(String company) {
        String key = CompanyName.key(company == null ? "" : company);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

}
