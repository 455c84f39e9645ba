package com.headroom.warmintro;

import com.headroom.base.CompanyName;
import com.headroom.base.AuditLog;
import com.headroom.base.FieldChange;
import com.headroom.base.RuleViolation;
import com.headroom.security.AdminOnly;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How company names meet, as admins correct it: aliases join two names of one company,
 * splits take a spelling out of a wrong merge. Both re-key the stored connections at
 * once.
 */
@Service
@AdminOnly
public class CompanyService {

    static final String AUDIT_SUBJECT = "Company names";

    private final CompanyStore directory;

    private final AliasSuggestions suggestions;

    private final AuditLog auditLog;

    private final Clock clock;

    CompanyService(CompanyStore directory, AliasSuggestions suggestions, AuditLog auditLog, Clock clock) {
        this.directory = directory;
        this.suggestions = suggestions;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CompanyAlias> aliases() {
        return directory.aliases();
    }

    @Transactional(readOnly = true)
    public List<CompanySplit> splits() {
        return directory.splits();
    }

    /** The spellings in the team's connections that meet under this name now. */
    @Transactional(readOnly = true)
    public List<CompanySpelling> spellings(String companyName) {
        String key = directory.key(companyName);
        return key.isEmpty() ? List.of() : directory.spellings(key);
    }

    /**
     * Initials in capitals that may be another name of a company the organisation holds
     * ("IBM", "International Business Machines"), at most 20, the most people on both
     * sides first. Accepting one is {@link #addAlias}.
     */
    @Transactional(readOnly = true)
    public List<SuggestedAlias> suggestedAliases() {
        return suggestions.find();
    }

    /** "P&G" is another name of "Procter & Gamble". */
    @Transactional
    public void addAlias(String alias, String company) {
        String aliasName = required(alias, "alias", "Enter the other name, like P&G.");
        String companyName = required(company, "company", "Enter the company's name, like Procter & Gamble.");
        String aliasKey = CompanyName.key(aliasName);
        var resolver = directory.resolver();
        String companyKey = resolver.key(companyName);
        if (aliasKey.equals(companyKey) || resolver.key(aliasName).equals(companyKey)) {
            throw new RuleViolation("alias", "\"" + aliasName + "\" and \"" + companyName + "\" already match.");
        }
        directory.addAlias(aliasName, aliasKey, companyName, companyKey, clock.instant());
        auditLog.record(AUDIT_SUBJECT, null, aliasName, "Alias added",
                List.of(new FieldChange("Same company as", null, companyName)));
    }

    @Transactional
    public void removeAlias(String alias) {
        String companyKey = directory.removeAlias(alias);
        if (companyKey == null) {
            throw new RuleViolation("There is no alias \"" + alias + "\".");
        }
        directory.rekey(List.of(companyKey));
        auditLog.record(AUDIT_SUBJECT, null, alias, "Alias removed");
    }

    /** This spelling is a company of its own, not the one it was merged with. */
    @Transactional
    public void split(String spelling) {
        String name = required(spelling, "spelling", "Enter the company name exactly as it is written.");
        String before = directory.key(name);
        if (before.isEmpty()) {
            throw new RuleViolation("spelling", "Enter a company name with a letter or digit in it.");
        }
        directory.addSplit(name, before, clock.instant());
        auditLog.record(AUDIT_SUBJECT, null, name, "Split off");
    }

    @Transactional
    public void removeSplit(String spelling) {
        String splitKey = CompanyStore.splitKey(spelling);
        if (!directory.removeSplit(spelling)) {
            throw new RuleViolation("\"" + spelling + "\" was not split off.");
        }
        directory.rekey(List.of(splitKey));
        auditLog.record(AUDIT_SUBJECT, null, spelling, "Merged back");
    }

    private static String required(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(field, message);
        }
        if (text.strip().length() > 200) {
            throw new RuleViolation(field, "Keep it under 200 characters.");
        }
        return text.strip();
    }

}
