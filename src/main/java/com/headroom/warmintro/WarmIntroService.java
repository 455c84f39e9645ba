package com.headroom.warmintro;

import com.headroom.base.Hashes;
import com.headroom.base.LinkedInProfileUrl;
import com.headroom.base.RuleViolation;
import com.headroom.outreach.Exchanges;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.TeamGate;
import com.headroom.security.CurrentUser;
import com.headroom.security.HeadroomUser;
import com.headroom.security.Role;
import com.headroom.security.SignedIn;
import com.headroom.team.AccountService;
import com.headroom.team.TeamService;
import com.headroom.team.Teammate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one lookup every screen uses: who in the team can introduce a rep to a person,
 * through whom, how strong each path is and why. Also the team-wide "who knows whom"
 * search, a member's own network, their sharing choice and the strengths they know
 * better.
 */
@Service
@SignedIn
public class WarmIntroService {

    /**
     * Colleague paths a prospect's panel shows; the count says how many more there are.
     */
    public static final int COLLEAGUE_PATHS_SHOWN = 10;

    /**
     * Colleagues read from the index before ranking: the most senior, longest known
     * first. Enough to rank the strongest ten, few enough that a company of 30,000
     * connections costs no more than a small one; nobody counts the rest.
     */
    static final int COLLEAGUE_CANDIDATES = 100;

    private final ConnectionStore store;

    private final ConnectionSearchStore connections;

    private final CompanyStore companies;

    private final Exchanges exchanges;

    private final ProspectService prospects;

    private final AccountService accounts;

    private final TeamService teams;

    private final CurrentUser currentUser;

    private final TeamGate gate;

    private final Clock clock;

    WarmIntroService(ConnectionStore store, ConnectionSearchStore connections, CompanyStore companies,
            Exchanges exchanges, ProspectService prospects, AccountService accounts, TeamService teams,
            CurrentUser currentUser, Clock clock, TeamGate gate) {
        this.gate = gate;
        this.store = store;
        this.connections = connections;
        this.companies = companies;
        this.exchanges = exchanges;
        this.prospects = prospects;
        this.accounts = accounts;
        this.teams = teams;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The person id of a normalized profile address (see V5's wi_person). */
    public static long personId(String profileKey) {
        return personIdOfHash(Hashes.sha256(profileKey));
    }

    static long personIdOfHash(String profileKeyHash) {
        return Long.parseUnsignedLong(profileKeyHash.substring(0, 16), 16);
    }

    /**
     * The warm paths to one of the team's prospects, in the order to try them
     * ({@link PathOrder}).
     */
    @Transactional(readOnly = true)
    public WarmPaths forProspect(long prospectId) {
        // The light read: the detail's history and notes cost more than the rest of the
        // lookup's reads.
        var prospect = prospects.ref(prospectId);
        return paths(prospect.teamId(), prospectId, LinkedInProfileUrl.parse(prospect.profileUrl()).key(),
                prospect.fullName(), prospect.firstName(), prospect.company(), prospect.doNotContact());
    }

    private WarmPaths paths(long teamId, long prospectId, String profileKey, String name, String firstName,
            String company, boolean doNotContact) {
        var me = requireTeam(teamId);
        var network = network(teamId, me);
        long personId = personId(profileKey);
        var direct = store.knownBy(personId, network.visible());
        String companyKey = companies.key(company);
        var colleagues = store.atCompany(companyKey, network.visible(), personId, COLLEAGUE_CANDIDATES);

        List<ConnectionStore.Known> all = new ArrayList<>(direct);
        all.addAll(colleagues);
        var rank = ranker(teamId, network, all);
        List<WarmPath> directPaths = new ArrayList<>();
        for (var k : direct) {
            directPaths.add(rank.path(k, true, firstName.isBlank() ? name : firstName));
        }
        List<WarmPath> colleaguePaths = new ArrayList<>();
        for (var k : colleagues) {
            colleaguePaths.add(rank.path(k, false, k.firstName()));
        }
        directPaths.sort(STRONGEST_FIRST);
        colleaguePaths.sort(STRONGEST_FIRST);
        var ranked = PathOrder.rank(directPaths,
                colleaguePaths.subList(0, Math.min(COLLEAGUE_PATHS_SHOWN, colleaguePaths.size())),
                firstName.isBlank() ? name : firstName);
        return new WarmPaths(prospectId, name, company, ranked, colleagues.size(),
                colleagues.size() == COLLEAGUE_CANDIDATES, network.notSharing(), network.withoutImport(),
                network.visible().contains(me.accountId()), doNotContact);
    }

    static final Comparator<WarmPath> STRONGEST_FIRST = Comparator.comparingInt(WarmPath::score)
        .reversed()
        .thenComparing(WarmPath::connectedOn, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(WarmPath::introducerName)
        .thenComparing(WarmPath::personName);

    /**
     * "Who knows whom" across the team: by company (matched like the warm paths: that
     * company first, then the companies whose name starts with its words), by the start
     * of a name, or by words in the position; each hit with who knows them and how well.
     */
    @Transactional(readOnly = true)
    public List<WarmPath> search(long teamId, String company, String name, String positionWords, int offset,
            int limit) {
        var me = requireTeam(teamId);
        String companyKey = company == null || company.isBlank() ? null : companies.key(company);
        boolean byName = name != null && !name.isBlank();
        boolean byPosition = positionWords != null && !positionWords.isBlank();
        if (companyKey != null && companyKey.isEmpty()) {
            // "-" or "." names no company: with nothing else asked, finding nobody beats
            // listing everybody.
            if (!byName && !byPosition) {
                return List.of();
            }
            companyKey = null;
        }
        if (companyKey == null && !byName && !byPosition) {
            return List.of();
        }
        var network = network(teamId, me);
        var found = connections.search(network.visible(), companyKey, name, positionWords, offset, limit);
        var rank = ranker(teamId, network, found);
        return found.stream().map(k -> rank.path(k, false, k.firstName())).toList();
    }

    /**
     * The signed-in member's own connections, e-mail addresses included (theirs to see).
     */
    @Transactional(readOnly = true)
    public List<OwnConnection> myConnections(String text, int offset, int limit) {
        var me = requireMember();
        var own = store.ownPage(me.accountId(), text, offset, limit);
        var overrides = store.overrides(List.of(me.accountId()),
                own.stream().map(ConnectionStore.Own::personId).toList());
        return own.stream()
            .map(o -> new OwnConnection(o.personId(), (o.firstName() + " " + o.lastName()).strip(), o.profileUrl(),
                    o.company(), o.position(), Seniority.fromRank(o.seniority()), o.connectedOn(), o.email(),
                    overrides.get(me.accountId() + ":" + o.personId())))
            .toList();
    }

    /** Sharing choice, connection count and import history of the signed-in member. */
    @Transactional(readOnly = true)
    public MyNetwork myNetwork() {
        var me = requireMember();
        var state = store.member(me.accountId());
        return new MyNetwork(state.sharesNetwork(), state.connections(), state.lastImportAt(),
                store.imports(me.accountId()));
    }

    /** TeamLink's opt-out: teammates stop seeing whom this member knows. */
    @Transactional
    public void shareMyNetwork(boolean share) {
        var me = requireMember();
        store.setSharing(me.accountId(), share);
    }

    /**
     * "We're close" / "I barely know them" on one of the member's own connections; null
     * goes back to the figures.
     */
    @Transactional
    public void setStrength(long personId, StrengthOverride level) {
        var me = requireMember();
        if (!store.connected(me.accountId(), personId)) {
            throw new RuleViolation("That person is not among your imported connections.");
        }
        store.setOverride(me.accountId(), personId, level, clock.instant());
    }

    /** A re-import's diff, for its member. */
    @Transactional(readOnly = true)
    public List<ImportChange> importChanges(long importId, int offset, int limit) {
        requireOwnImport(importId);
        return store.changes(importId, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countImportChanges(long importId) {
        requireOwnImport(importId);
        return store.countChanges(importId);
    }

    @Transactional(readOnly = true)
    public List<ConnectionsCsv.Rejected> importRejects(long importId) {
        requireOwnImport(importId);
        return store.rejects(importId);
    }

    // ---- The ranking. ----

    /**
     * Who of the team counts for lookups: active members who share, and always oneself.
     */
    record Network(List<Long> visible, Map<Long, String> names, List<String> notSharing, List<String> withoutImport) {
    }

    private Network network(long teamId, HeadroomUser me) {
        List<Teammate> people = new ArrayList<>(
                accounts.teammates(teamId).stream().filter(t -> t.active() && t.role() != Role.ADMIN).toList());
        // A manager of a team they do not sit in still brings their own network to it.
        if (people.stream().noneMatch(t -> t.id() == me.accountId())) {
            people.add(new Teammate(me.accountId(), me.displayName(), me.role(), true));
        }
        var ids = people.stream().map(Teammate::id).toList();
        var states = store.members(ids);
        List<Long> visible = new ArrayList<>();
        List<String> notSharing = new ArrayList<>();
        List<String> withoutImport = new ArrayList<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (var t : people) {
            names.put(t.id(), t.displayName());
            var state = states.get(t.id());
            boolean shares = state == null || state.sharesNetwork();
            if (t.id() != me.accountId() && !shares) {
                notSharing.add(t.displayName());
            }
            else if (state == null || state.lastImportAt() == null) {
                if (t.id() != me.accountId()) {
                    withoutImport.add(t.displayName());
                }
            }
            else {
                visible.add(t.id());
            }
        }
        return new Network(visible, names, notSharing, withoutImport);
    }

    private Ranker ranker(long teamId, Network network, List<ConnectionStore.Known> found) {
        Set<String> hashes = new HashSet<>();
        Set<Long> members = new HashSet<>();
        Set<Long> people = new HashSet<>();
        for (var k : found) {
            hashes.add(k.profileKeyHash());
            members.add(k.memberId());
            people.add(k.personId());
        }
        var now = clock.instant();
        var zone = zone(teamId);
        return new Ranker(network.names(), exchanges.between(teamId, members, hashes, now),
                store.overrides(members, people), LocalDate.ofInstant(now, zone), zone,
                currentUser.require().accountId());
    }

    private record Ranker(Map<Long, String> names, Map<Exchanges.Key, Exchanges.Exchange> exchanged,
            Map<String, StrengthOverride> overrides, LocalDate today, ZoneId zone, long me) {

        WarmPath path(ConnectionStore.Known k, boolean direct, String contactFirstName) {
            String introducer = names.getOrDefault(k.memberId(), "A teammate");
            var exchange = exchanged.get(new Exchanges.Key(k.memberId(), k.profileKeyHash()));
            var override = overrides.get(k.memberId() + ":" + k.personId());
            var seniority = Seniority.fromRank(k.seniority());
            var strength = Strength.of(new Strength.Facts(k.memberId() == me ? "You" : PathOrder.firstName(introducer),
                    contactFirstName.isBlank() ? "them" : contactFirstName, k.connectedOn(), today,
                    exchange == null ? 0 : exchange.lastQuarter(),
                    exchange == null ? null : LocalDate.ofInstant(exchange.last(), zone), seniority, override));
            return new WarmPath(direct, k.memberId(), introducer, k.personId(),
                    (k.firstName() + " " + k.lastName()).strip(), k.position(), k.company(), seniority, k.connectedOn(),
                    strength.score(), strength.explanation(), override, k.memberId() == me);
        }
    }

    // ---- Access. ----

    private ZoneId zone(long teamId) {
        return ZoneId.of(teams.pacing(teamId).timeZone());
    }

    private HeadroomUser requireTeam(long teamId) {
        return gate.requireTeam(teamId);
    }

    /**
     * A network is a person's own: members and managers have one, administrators do not.
     */
    HeadroomUser requireMember() {
        var me = currentUser.require();
        if (me.role() == Role.ADMIN) {
            throw new AccessDeniedException("Administrators have no LinkedIn network in Headroom");
        }
        return me;
    }

    private void requireOwnImport(long importId) {
        var me = requireMember();
        Long owner = store.importOwner(importId);
        if (owner == null || owner != me.accountId()) {
            throw new AccessDeniedException("Not your import");
        }
    }

}
