package com.headroom.email;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What checking one address found, without sending anything to it.
 *
 * @param address the address as checked: stripped and in lower case
 * @param usable the address is written correctly and its domain takes mail (a role
 * address or a throwaway domain is still usable, and flagged in {@code findings}); false
 * too when DNS could not be asked, as nothing is known then
 * @param findings the syntax first, then the domain (unless the syntax is wrong), then
 * the warnings
 */
public record CheckResult(String address, Instant checkedAt, boolean usable, List<CheckFinding> findings) {

    public CheckResult {
        Objects.requireNonNull(address);
        Objects.requireNonNull(checkedAt);
        findings = List.copyOf(findings);
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a check finds at least whether the syntax is right");
        }
    }

    /**
     * The verdict in plain English, e.g. "Looks deliverable: acme.com has mail servers
     * (mx1.acme.com). Headroom sent nothing to check it."
     */
    public String summary() {
        CheckFinding verdict = findings.stream()
            .filter(finding -> finding.kind() != CheckFinding.Kind.SYNTAX_OK)
            .findFirst()
            .orElse(findings.getFirst());
        var summary = new StringBuilder(headline(verdict.kind())).append(": ")
            .append(lowerFirst(withoutFinalStop(verdict.sentence())));
        if (usable) {
            List<String> warnings = findings.stream().map(finding -> switch (finding.kind()) {
                case ROLE_ADDRESS -> "it is a shared role address";
                case DISPOSABLE_DOMAIN -> "its domain hands out throwaway addresses";
                default -> "";
            }).filter(warning -> !warning.isEmpty()).toList();
            if (!warnings.isEmpty()) {
                summary.append(", but ").append(String.join(" and ", warnings));
            }
            summary.append(". Headroom sent nothing to check it.");
        }
        else {
            summary.append('.');
        }
        return summary.toString();
    }

    private static String headline(CheckFinding.Kind kind) {
        return switch (kind) {
            case MAIL_SERVERS_FOUND, SYNTAX_OK -> "Looks deliverable";
            case IMPLICIT_MAIL_SERVER -> "Might be deliverable";
            case SYNTAX_INVALID -> "Not a usable address";
            case DOMAIN_ACCEPTS_NO_MAIL -> "This domain accepts no mail";
            case NO_SUCH_DOMAIN -> "No such domain";
            case NO_MAIL_SERVER -> "No mail server for this domain";
            case LOOKUP_FAILED -> "Not checked";
            case ROLE_ADDRESS, DISPOSABLE_DOMAIN -> "Flagged";
        };
    }

    private static String withoutFinalStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    private static String lowerFirst(String sentence) {
        // "The address has no “@”" reads on after a colon; a domain is lower case
        // already.
        return sentence.isEmpty() ? sentence
                : sentence.substring(0, 1).toLowerCase(Locale.ROOT) + sentence.substring(1);
    }

}
