package com.headroom.prospect;

import com.headroom.security.HeadroomUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import's SQL: the column mapping each member used last, and new prospects written a
 * batch at a time with their tags, search words and history (set-based, so that 20,000
 * rows take seconds; the prospect rows through {@link ProspectStore}, the history through
 * {@link ProspectHistoryStore}, their one writers). Runs in the caller's transaction.
 */
@Component
class ImportStore {

    /**
     * A prospect the import adds, with the do-not-contact reason it was marked with (or
     * null).
     */
    record NewProspect(Prospect prospect, String doNotContactReason) {
    }

    private final JdbcTemplate jdbc;

    private final ProspectStore prospects;

    private final ProspectHistoryStore history;

    private final Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    ImportStore(JdbcTemplate jdbc, ProspectStore prospects, ProspectHistoryStore history, Clock clock) {
        this.jdbc = jdbc;
        this.prospects = prospects;
        this.history = history;
        this.clock = clock;
    }

    /**
     * The field the member chose last time for each header they mapped (headers lower
     * case).
     */
    Map<String, ImportField> rememberedMapping(long accountId) {
        var stored = jdbc.queryForList("SELECT mapping FROM import_mapping WHERE account_id = ?", String.class,
                accountId);
        if (stored.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = json.readValue(stored.getFirst(), new TypeReference<Map<String, String>>() {
        });
        Map<String, ImportField> mapping = new HashMap<>();
        names.forEach((header, field) -> {
            try {
                mapping.put(header, ImportField.valueOf(field));
            }
            catch (IllegalArgumentException renamedField) {
                // a field that no longer exists: guess that column again
            }
        });
        return mapping;
    }

    void rememberMapping(long accountId, List<String> headers, List<ImportField> mapping) {
        Map<String, String> names = new LinkedHashMap<>(rememberedMapping(accountId).entrySet()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name())));
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.get(i).isBlank()) {
                names.put(headerKey(headers.get(i)), mapping.get(i).name());
            }
        }
        String text = json.writeValueAsString(names);
        if (text.length() > 4000) {
            Map<String, String> only = new LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                only.put(headerKey(headers.get(i)), mapping.get(i).name());
            }
            text = json.writeValueAsString(only);
        }
        jdbc.update("DELETE FROM import_mapping WHERE account_id = ?", accountId);
        jdbc.update("INSERT INTO import_mapping (account_id, mapping, updated_at) VALUES (?, ?, ?)", accountId, text,
                Timestamp.from(clock.instant()));
    }

    static String headerKey(String header) {
        return Objects.requireNonNullElse(header, "").strip().toLowerCase(Locale.ROOT);
    }

    /** The ids of the team's prospects with these profile-key hashes, by hash. */
    Map<String, Long> idsOf(long teamId, Collection<String> hashes) {
        Map<String, Long> ids = new HashMap<>();
        if (hashes.isEmpty()) {
            return ids;
        }
        String marks = String.join(",", Collections.nCopies(hashes.size(), "?"));
        List<Object> args = new ArrayList<>(hashes);
        args.add(teamId);
        jdbc.query(
                "SELECT id, profile_key_hash FROM prospect WHERE profile_key_hash IN (" + marks + ") AND team_id = ?",
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                }, args.toArray());
        return ids;
    }

    /**
     * Inserts new prospects of one team, with their tags, search words and "imported"
     * history.
     */
    void insert(long teamId, HeadroomUser me, Instant now, List<NewProspect> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        prospects.insertAll(teamId, now, fresh.stream().map(NewProspect::prospect).toList());
        Map<String, Long> ids = idsOf(teamId, fresh.stream().map(n -> n.prospect().profileKeyHash()).toList());
        List<Object[]> tagRows = new ArrayList<>();
        List<ProspectHistoryStore.Line> lines = new ArrayList<>();
        List<ProspectStore.Words> words = new ArrayList<>();
        for (var n : fresh) {
            var p = n.prospect();
            long id = ids.get(p.profileKeyHash());
            for (String tag : p.tags()) {
                tagRows.add(new Object[] { id, tag });
            }
            words.add(new ProspectStore.Words(id, teamId, p.searchWords()));
            lines.add(ProspectHistoryStore.Line.by(me, id, now, ProspectEvent.Kind.IMPORTED, null, null));
            if (n.doNotContactReason() != null) {
                lines.add(ProspectHistoryStore.Line.by(me, id, now, ProspectEvent.Kind.MARKED_DO_NOT_CONTACT, null,
                        n.doNotContactReason()));
            }
        }
        if (!tagRows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO prospect_tag (prospect_id, tag) VALUES (?, ?)", tagRows);
        }
        history.append(lines);
        prospects.insertWords(words);
    }

}
