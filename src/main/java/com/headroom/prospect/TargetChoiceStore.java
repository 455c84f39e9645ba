package com.headroom.prospect;

import com.headroom.team.TargetChoices;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The team's locations and industries by how many prospects have them, for the policy's
 * target pickers (the team service checks who asks). Only these words leave: no prospect.
 */
@Component
class TargetChoiceStore implements TargetChoices {

    /** Enough to pick from, few enough for a drop-down. */
    static final int MOST = 200;

    private final JdbcTemplate jdbc;

    TargetChoiceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Choices of(long teamId) {
        Map<String, Integer> regions = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        jdbc.query("SELECT location, COUNT(*) FROM prospect WHERE team_id = ? AND location IS NOT NULL"
                + " AND location <> '' GROUP BY location ORDER BY COUNT(*) DESC LIMIT 2000", rs -> {
                    String location = rs.getString(1).strip();
                    int count = rs.getInt(2);
                    // "Munich, Bavaria, Germany": the country is what most teams target.
                    int comma = location.lastIndexOf(',');
                    if (comma >= 0 && comma < location.length() - 1) {
                        regions.merge(location.substring(comma + 1).strip(), count, Integer::sum);
                    }
                    regions.merge(location, count, Integer::sum);
                }, teamId);
        Map<String, Integer> industries = new LinkedHashMap<>();
        jdbc.query("SELECT industry, COUNT(*) FROM prospect WHERE team_id = ? AND industry IS NOT NULL"
                + " AND industry <> '' GROUP BY industry ORDER BY COUNT(*) DESC LIMIT " + MOST, rs -> {
                    industries.merge(rs.getString(1).strip(), rs.getInt(2), Integer::sum);
                }, teamId);
        return new Choices(mostCommon(regions), mostCommon(industries));
    }

    private static List<String> mostCommon(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return entries.stream().limit(MOST).map(Map.Entry::getKey).toList();
    }

}
