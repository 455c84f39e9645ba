package com.headroom.prospect;

import com.headroom.base.InputValidator;
import com.headroom.base.RuleViolation;
import com.headroom.base.UploadLimit;
import com.headroom.security.CurrentUser;
import com.headroom.security.SignedIn;
import com.headroom.team.AccountService;
import com.headroom.team.Teammate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV import of prospects. Rows are checked one by one: good rows are stored, bad rows
 * are reported with their row number and reason, and nothing already stored is
 * overwritten: a known person only gets their empty fields filled in (and only by their
 * owner or a manager), a person the file names twice gets one record with what both rows
 * add, so importing the same file twice changes nothing. Rows are stored a thousand at a
 * time, each batch in its own transaction, with set-based SQL.
 *
 * <p>
 * The parts: {@link ImportTable} decodes the file, {@link ImportRows} checks each row,
 * {@link ImportRun} stores and merges chunk by chunk and builds the report,
 * {@link ImportStore} holds the SQL.
 */
@Service
@SignedIn
public class ProspectImportService {

    public static final UploadLimit UPLOAD_LIMIT = UploadLimit.megabytes(10, "Split it into smaller files.");

    public static final int MAX_ROWS = 100_000;
    static final int CHUNK = 1000;

    private static final int PREVIEW_ROWS = 5;

    private final ImportRun.Parts parts;

    private final TeamGate gate;

    private final AccountService accounts;

    private final CurrentUser currentUser;

    private final InputValidator validator;

    private final TransactionTemplate transactions;

    ProspectImportService(ProspectRepository prospects, ImportStore store, ProspectStore prospectStore,
            ProspectHistoryStore history, DoNotContactRepository doNotContact, ErasedPeople erased, TeamGate gate,
            AccountService accounts, CurrentUser currentUser, InputValidator validator,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.parts = new ImportRun.Parts(prospects, store, prospectStore, history, doNotContact, erased, gate, clock);
        this.gate = gate;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.validator = validator;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Reads an uploaded file and proposes a column mapping. Refuses files over
     * {@link #UPLOAD_LIMIT}, over 100,000 rows, without a header row, or a workbook
     * instead of CSV, with a sentence saying what to do.
     */
    @Transactional(readOnly = true)
    public ImportPreview preview(Path file) {
        var table = ImportTable.read(file);
        var remembered = parts.store().rememberedMapping(currentUser.require().accountId());
        List<ImportField> mapping = table.headers()
            .stream()
            .map(h -> remembered.getOrDefault(ImportStore.headerKey(h), ImportField.guess(h)))
            .toList();
        return new ImportPreview(table.headers(),
                table.rows().stream().limit(PREVIEW_ROWS).map(ImportTable.Row::cells).toList(), table.rows().size(),
                table.delimiter(), mapping);
    }

    /**
     * Imports the file into the team with the member's mapping (one field per column),
     * reporting progress as rows done.
     */
    public ImportReport importFile(long teamId, Path file, List<ImportField> mapping, IntConsumer progress) {
        var me = gate.requireTeam(teamId);
        var table = ImportTable.read(file);
        checkMapping(table.headers(), mapping);
        transactions
            .executeWithoutResult(status -> parts.store().rememberMapping(me.accountId(), table.headers(), mapping));
        var mates = accounts.teammates(teamId).stream().collect(Collectors.toMap(Teammate::id, mate -> mate));
        var rows = new ImportRows(table.headers().size(), mapping, validator);
        try (var run = new ImportRun(parts, teamId, me, table, rows, mates)) {
            for (int start = 0; start < table.rows().size(); start += CHUNK) {
                int from = start;
                int to = Math.min(start + CHUNK, table.rows().size());
                try {
                    transactions.executeWithoutResult(status -> run.chunk(from, to));
                }
                catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException conflict) {
                    // A teammate added or changed one of these people a moment ago: the
                    // batch rolled
                    // back whole; done again, that person is read as they are now.
                    run.undoChunk(from, to);
                    transactions.executeWithoutResult(status -> run.chunk(from, to));
                }
                run.chunkStored();
                progress.accept(to);
            }
            return run.report();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkMapping(List<String> headers, List<ImportField> mapping) {
        if (mapping.size() != headers.size()) {
            throw new RuleViolation("mapping", "Choose what each of the " + headers.size() + " columns holds.");
        }
        var used = mapping.stream().filter(f -> f != ImportField.IGNORE).toList();
        var twice = used.stream()
            .filter(f -> Collections.frequency(used, f) > 1)
            .map(ImportField::label)
            .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!twice.isEmpty()) {
            throw new RuleViolation("mapping", "Each field can come from one column only: " + String.join(", ", twice)
                    + " is chosen more than once.");
        }
        if (!used.contains(ImportField.PROFILE_URL)) {
            throw new RuleViolation("mapping",
                    "Choose the column with the LinkedIn profile address: Headroom keeps" + " one record per profile.");
        }
        if (!used.contains(ImportField.FIRST_NAME) && !used.contains(ImportField.FULL_NAME)) {
            throw new RuleViolation("mapping", "Choose the column with the first name (or the full name).");
        }
    }

}
