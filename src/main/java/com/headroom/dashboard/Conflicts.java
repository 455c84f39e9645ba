package com.headroom.dashboard;

import com.headroom.prospect.TeamPipeline.AccountConflict;
import com.headroom.prospect.TeamPipeline.ConflictProspect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Account conflicts as "Needs attention" lines: the company, both members, and their
 * prospects.
 */
final class Conflicts {

    private Conflicts() {
    }

    /**
     * Names shown per member before "and N more": the line names both sides, the
     * prospects list has the rest.
     */
    static final int NAMES_SHOWN = 3;

    private static String named(List<ConflictProspect> prospects) {
        if (prospects.getFirst().name() == null) {
            return prospects.size() == 1 ? "1 prospect" : prospects.size() + " prospects";
        }
        String shown = prospects.stream()
            .limit(NAMES_SHOWN)
            .map(ConflictProspect::name)
            .collect(Collectors.joining(", "));
        return prospects.size() > NAMES_SHOWN ? shown + " and " + (prospects.size() - NAMES_SHOWN) + " more" : shown;
    }

    static List<Attention> lines(long teamId, List<AccountConflict> conflicts, Map<Long, String> names) {
        List<Attention> lines = new ArrayList<>();
        for (var conflict : conflicts) {
            Map<Long, List<ConflictProspect>> byOwner = conflict.prospects()
                .stream()
                .collect(Collectors.groupingBy(ConflictProspect::ownerId, LinkedHashMap::new, Collectors.toList()));
            List<String> parts = new ArrayList<>();
            byOwner.forEach((owner, prospects) -> parts
                .add(names.getOrDefault(owner, "A former seat") + " (" + named(prospects) + ")"));
            long first = byOwner.keySet().iterator().next();
            lines.add(new Attention(Attention.Kind.ACCOUNT_CONFLICT, teamId, first, conflict.company(),
                    byOwner.size() + " members work " + conflict.company() + " in the last "
                            + AttentionRules.CONFLICT_DAYS + " days: " + String.join(" and ", parts) + ".",
                    "prospects?team=" + teamId + "&company="
                            + java.net.URLEncoder.encode(conflict.company(), java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20")));
        }
        return lines;
    }

}
