package com.headroom.base;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The runs of scheduled jobs, one row each. */
@Component
class JobRunStore {

    /**
     * One run as stored; {@code finishedAt} is null while it runs (or if its node died).
     */
    record Run(String jobName, String nodeName, Instant startedAt, Instant finishedAt, int itemsWritten, int failures) {
    }

    private final JdbcTemplate jdbc;

    JobRunStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long started(String jobName, String nodeName, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement(
                    "INSERT INTO scheduled_job_run (job_name, node_name, started_at) VALUES (?, ?, ?)",
                    new String[] { "id" });
            insert.setString(1, jobName);
            insert.setString(2, nodeName);
            insert.setTimestamp(3, Timestamp.from(at));
            return insert;
        }, keys);
        return keys.getKey().longValue();
    }

    void finished(long runId, Instant at, int itemsWritten, int failures) {
        jdbc.update("UPDATE scheduled_job_run SET finished_at = ?, items_written = ?, failures = ? WHERE id = ?",
                Timestamp.from(at), Math.max(0, itemsWritten), Math.max(0, failures), runId);
    }

    List<Run> since(String jobName, Instant from) {
        return jdbc.query(
                "SELECT job_name, node_name, started_at, finished_at, items_written, failures FROM scheduled_job_run"
                        + " WHERE job_name = ? AND started_at >= ? ORDER BY started_at",
                (rs, n) -> new Run(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getInt(6)),
                jobName, Timestamp.from(from));
    }

    int deleteStartedBefore(Instant before) {
        return jdbc.update("DELETE FROM scheduled_job_run WHERE started_at < ?", Timestamp.from(before));
    }

}
