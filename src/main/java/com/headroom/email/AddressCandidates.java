package com.headroom.email;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The addresses a person most likely has at a company, from what the known addresses at
 * each of its domains say ({@link AddressPatterns#learn}).
 *
 * <p>
 * Only formats with more delivered than bounced addresses that fit are offered. How
 * likely a candidate is: the share of the domain's known addresses that speak for its
 * format, counted as if one more known address had not fit (so one address out of one
 * does not outrank nine out of eleven), halved for each variant of the name the format
 * offers before it ("juergen.mueller" before "jurgen.muller"). Equal ones keep the order
 * of the domains given, then the formats' ranking.
 */
public final class AddressCandidates {

    /** The longest local part an address may have (RFC 5321). */
    private static final int MAX_LOCAL_PART = 64;

    /**
     * A suggested address, with the format it follows at its domain and the evidence for
     * it in a sentence ({@link FormatEvidence#evidence()}).
     */
    public record Candidate(String address, String domain, AddressFormat format, int matches, int known,
            String evidence) {
    }

    private record Scored(Candidate candidate, double likelihood) {
    }

    private AddressCandidates() {
    }

    /**
     * At most {@code limit} candidates, most likely first; none for a name that is not
     * usable or when no format at any domain has evidence (no known addresses at the
     * company yet).
     */
    public static List<Candidate> suggest(PersonName name, List<DomainPatterns> domains, int limit) {
        if (limit <= 0 || !name.isUsable()) {
            return List.of();
        }
        List<Scored> scored = new ArrayList<>();
        for (DomainPatterns domain : domains) {
            for (FormatEvidence evidence : domain.formats()) {
                if (evidence.net() <= 0) {
                    continue;
                }
                double share = evidence.net() / (evidence.known() + 1.0);
                List<String> localParts = evidence.format().localParts(name);
                for (int i = 0; i < localParts.size(); i++) {
                    String local = localParts.get(i);
                    if (local.length() <= MAX_LOCAL_PART) {
                        scored.add(new Scored(
                                new Candidate(local + "@" + domain.domain(), domain.domain(), evidence.format(),
                                        evidence.matches(), evidence.known(), evidence.evidence()),
                                share / Math.pow(2, i)));
                    }
                }
            }
        }
        // A stable sort: equal ones stay in the order of the domains and their ranking.
        scored.sort(Comparator.comparingDouble(Scored::likelihood).reversed());
        Map<String, Candidate> byAddress = new LinkedHashMap<>();
        for (Scored s : scored) {
            byAddress.putIfAbsent(s.candidate().address(), s.candidate());
        }
        return byAddress.values().stream().limit(limit).toList();
    }

}
