package com.headroom.outreach;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import org.jspecify.annotations.Nullable;

/**
 * The part of a member's ledger the limits engine still needs, at the instant it was
 * built and at any later instant until the next write: a manager's overview evaluates a
 * hundred members from these instead of reading a hundred ledgers of 10,000 entries.
 *
 * <p>
 * Kept: every invitation of the last 32 days, every pending one, the last 100 decided and
 * the entries that decided them; withdrawals of the last year (re-invite lockouts);
 * messages of the last 2 days; everything about InMail credits of the last 182 days (a
 * credit lives 90 days, and which grant a spend took depends on the 90 days before it);
 * every restriction; whatever went past a limit in the last 8 days. The windows only
 * shrink as time passes, so the engine's figures are the same as from the whole ledger
 * ({@code WorkingSetTest} checks it on random ledgers); only its sets of pending and
 * connected prospects are not complete, and the overview does not show them.
 */
final class WorkingSet {

    /** The change of format that makes every stored working set stale. */
    static final int FORMAT = 1;

    private static final Duration RECENT = Duration.ofDays(32);

    private static final Duration LOCKOUTS = Duration.ofDays(366);

    private static final Duration MESSAGES = Duration.ofDays(2);

    private static final Duration CREDITS = Duration.ofDays(182);

    private static final Duration PAST_LIMIT = Duration.ofDays(8);

    private static final Set<OutreachType> CREDIT_TYPES = EnumSet.of(OutreachType.INMAIL_CREDITS_GRANTED,
            OutreachType.INMAIL_SENT, OutreachType.INMAIL_REPLIED, OutreachType.INMAIL_ACCEPTED,
            OutreachType.INMAIL_DECLINED, OutreachType.INMAIL_CREDIT_REFUNDED, OutreachType.INMAIL_BALANCE_CORRECTED);

    private WorkingSet() {
    }

    /**
     * The entries of a ledger (as of an instant) that the engine needs from then on, in
     * time order.
     */
    static List<LedgerEntry> of(List<LedgerEntry> ledger, Instant at) {
        var effective = LimitsEngine.effective(ledger, at);
        // Replay the invitations to learn which are pending, which were decided last, and
        // by what.
        var decidedBy = new it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap();
        var decisionOrder = new ArrayList<Long>();
        var book = new InvitationBook(effective.size(), (invitation, sentAt, by, accepted) -> {
            decidedBy.put(invitation, by.id());
            decisionOrder.add(invitation);
        });
        for (var e : effective) {
            if (isInvitationBookEntry(e.type())) {
                book.accept(e);
            }
        }
        var keep = new LongOpenHashSet();
        for (int i = Math.max(0, decisionOrder.size() - LimitsEngine.LAST_DECIDED); i < decisionOrder.size(); i++) {
            keep.add(decisionOrder.get(i).longValue());
        }
        Instant recent = at.minus(RECENT);
        for (var e : effective) {
            if (e.type() == OutreachType.INVITATION_SENT
                    && (e.at().isAfter(recent) || !decidedBy.containsKey(e.id()))) {
                keep.add(e.id());
            }
        }
        // A kept decided invitation needs the entry that decided it, or it would read as
        // pending.
        var deciders = new LongOpenHashSet();
        for (long invitation : keep) {
            if (decidedBy.containsKey(invitation)) {
                deciders.add(decidedBy.get(invitation));
            }
        }
        List<LedgerEntry> kept = new ArrayList<>();
        for (var e : effective) {
            if (keep.contains(e.id()) || deciders.contains(e.id()) || needed(e, at)) {
                kept.add(e);
            }
        }
        return kept;
    }

    private static boolean isInvitationBookEntry(OutreachType type) {
        return type == OutreachType.INVITATION_SENT || type.isInvitationOutcome();
    }

    private static boolean needed(LedgerEntry e, Instant at) {
        if (e.pastLimits() != null && e.at().isAfter(at.minus(PAST_LIMIT))) {
            return true;
        }
        return switch (e.type()) {
            case INVITATION_WITHDRAWN -> e.at().isAfter(at.minus(LOCKOUTS));
            case MESSAGE_SENT -> e.at().isAfter(at.minus(MESSAGES));
            case RESTRICTION_REPORTED -> true;
            default -> CREDIT_TYPES.contains(e.type()) && e.at().isAfter(at.minus(CREDITS));
        };
    }

    // ---- Stored compressed: a few kilobytes a member. ----

    static byte[] encode(List<LedgerEntry> entries) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(
                new java.io.BufferedOutputStream(new DeflaterOutputStream(bytes), 1 << 16))) {
            out.writeInt(FORMAT);
            out.writeInt(entries.size());
            for (var e : entries) {
                out.writeLong(e.id());
                out.writeLong(e.prospectId());
                out.writeUTF(e.type().name());
                out.writeLong(e.at().getEpochSecond());
                out.writeInt(e.at().getNano());
                out.writeBoolean(e.withNote());
                out.writeLong(e.relatesTo() == null ? -1 : e.relatesTo());
                out.writeBoolean(e.restrictionEndsAt() != null);
                if (e.restrictionEndsAt() != null) {
                    out.writeLong(e.restrictionEndsAt().getEpochSecond());
                    out.writeInt(e.restrictionEndsAt().getNano());
                }
                out.writeInt(e.credits());
                out.writeUTF(e.pastLimits() == null ? "" : e.pastLimits());
                out.writeBoolean(e.approved());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The entries, or null when they were written in another format (then the set is
     * rebuilt).
     */
    static @Nullable List<LedgerEntry> decode(byte[] stored) {
        try (var in = new DataInputStream(
                new java.io.BufferedInputStream(new InflaterInputStream(new ByteArrayInputStream(stored)), 1 << 16))) {
            if (in.readInt() != FORMAT) {
                return null;
            }
            int size = in.readInt();
            List<LedgerEntry> entries = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                long id = in.readLong();
                long prospectId = in.readLong();
                var type = OutreachType.valueOf(in.readUTF());
                var at = Instant.ofEpochSecond(in.readLong(), in.readInt());
                boolean withNote = in.readBoolean();
                long relates = in.readLong();
                Instant ends = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
                int credits = in.readInt();
                String pastLimits = in.readUTF();
                boolean approved = in.readBoolean();
                entries.add(new LedgerEntry(id, prospectId, type, at, withNote, relates < 0 ? null : relates, ends,
                        credits, pastLimits.isEmpty() ? null : pastLimits, approved));
            }
            return entries;
        }
        catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

}
