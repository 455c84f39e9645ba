package com.headroom.email;

import com.headroom.base.RuleViolation;
import com.headroom.outreach.LogRequest;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.prospect.ProspectEmails;
import com.headroom.security.CurrentUser;
import com.headroom.security.SignedIn;
import com.headroom.team.AccountService;
import com.headroom.team.TeamService;
import com.headroom.team.Teammate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads an e-mail tool's activity export back into the ledger: sent, replied and bounced
 * become ledger entries on the rep's own prospects with that address, row by row, so that
 * a bad row is reported and the good ones stay. Each row is remembered by a hash, so that
 * importing the same file again changes nothing.
 */
@Service
@SignedIn
public class ActivityImportService {

    private final OutreachService outreach;

    private final ProspectEmails prospectEmails;

    private final EmailStore store;

    private final TeamService teams;

    private final AccountService accounts;

    private final CurrentUser currentUser;

    private final TransactionTemplate eachRow;

    private final Clock clock;

    ActivityImportService(OutreachService outreach, ProspectEmails prospectEmails, EmailStore store, TeamService teams,
            AccountService accounts, CurrentUser currentUser, PlatformTransactionManager transactions, Clock clock) {
        this.outreach = outreach;
        this.prospectEmails = prospectEmails;
        this.store = store;
        this.teams = teams;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.eachRow = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Reads the file into the team's ledger; runs one short transaction a row.
     * @throws RuleViolation when the file is not an activity export Headroom can read
     */
    public ActivityReport importActivity(long teamId, byte[] file) {
        var me = currentUser.require();
        ZoneId zone = ZoneId.of(teams.pacing(teamId).timeZone());
        ActivityFile read;
        try {
            read = EmailActivityCsv.read(file, zone);
        }
        catch (IllegalArgumentException unreadable) {
            throw new RuleViolation("file", unreadable.getMessage());
        }
        List<ActivityReport.RejectedRow> rejected = new ArrayList<>();
        read.rejected().forEach(r -> rejected.add(new ActivityReport.RejectedRow(r.rowNumber(), r.reason())));
        Set<String> addresses = read.activities().stream().map(EmailActivity::address).collect(Collectors.toSet());
        var recipients = prospectEmails.byAddress(teamId, addresses);
        Map<Long, String> names = accounts.teammates(teamId)
            .stream()
            .collect(Collectors.toMap(Teammate::id, Teammate::displayName));
        int sent = 0, replied = 0, bounced = 0, already = 0, opens = 0;
        var inOrder = read.activities().stream().sorted(Comparator.comparing(EmailActivity::rowNumber)).toList();
        for (var activity : inOrder) {
            if (activity.event() == EmailEvent.OPENED) {
                opens++;
                continue;
            }
            var recipient = recipients.get(activity.address());
            if (recipient == null) {
                rejected.add(new ActivityReport.RejectedRow(activity.rowNumber(), "Row " + activity.rowNumber()
                        + ": no prospect in this team has the address " + activity.address() + "."));
                continue;
            }
            if (recipient.ownerId() != me.accountId()) {
                String owner = names.getOrDefault(recipient.ownerId(), "a teammate");
                rejected.add(new ActivityReport.RejectedRow(activity.rowNumber(), "Row " + activity.rowNumber() + ": "
                        + recipient.name() + " is " + owner + "'s prospect: " + owner + " imports their results."));
                continue;
            }
            var type = switch (activity.event()) {
                case SENT -> OutreachType.EMAIL_SENT;
                case REPLIED -> OutreachType.EMAIL_REPLIED;
                case BOUNCED -> OutreachType.EMAIL_BOUNCED;
                case OPENED -> throw new IllegalStateException("opens are skipped above");
            };
            try {
                // The claim and the entry commit together: a row is logged once, even by
                // two
                // imports of one file at the same time.
                Boolean logged = eachRow.execute(status -> {
                    if (!store.claimActivityRow(teamId, activity.rowKey(), me.accountId(), clock.instant())) {
                        return false;
                    }
                    outreach.log(new LogRequest(recipient.prospectId(), type, activity.at(), null, null, null,
                            "email-activity:" + activity.rowKey(), null));
                    return true;
                });
                if (!Boolean.TRUE.equals(logged)) {
                    already++;
                }
                else if (type == OutreachType.EMAIL_SENT) {
                    sent++;
                }
                else if (type == OutreachType.EMAIL_REPLIED) {
                    replied++;
                }
                else {
                    bounced++;
                }
            }
            catch (RuleViolation refused) {
                rejected.add(new ActivityReport.RejectedRow(activity.rowNumber(),
                        "Row " + activity.rowNumber() + " (" + recipient.name() + "): " + refused.getMessage()));
            }
        }
        rejected.sort(Comparator.comparing(ActivityReport.RejectedRow::rowNumber));
        String tool = read.recognisedTool() == null ? "" : read.recognisedTool().label();
        return new ActivityReport(tool, read.rowsRead(), sent, replied, bounced, already, opens, List.copyOf(rejected));
    }

}
