package com.headroom.prospect;

import com.headroom.SignedInAs;
import com.headroom.TestData;
import com.headroom.security.Role;
import com.headroom.team.TeamSummary;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A team of its own with a manager and two members, for prospect tests. */
public final class ProspectFixtures {

    public final TeamSummary team;

    public final TestData.Person manager;

    public final TestData.Person alice;

    public final TestData.Person bob;

    private final ProspectService prospects;

    private final UserDetailsService users;

    public ProspectFixtures(TestData testData, ProspectService prospects, UserDetailsService users) {
        this.prospects = prospects;
        this.users = users;
        team = testData.team("Prospecting");
        manager = testData.person("Mia Manager", Role.MANAGER, team.id(), "Sales Navigator Core");
        alice = testData.person("Alice Rep", Role.MEMBER, team.id(), "Sales Navigator Core");
        bob = testData.person("Bob Rep", Role.MEMBER, team.id(), "Premium Business");
    }

    /** Adds a prospect as the given person. */
    public ProspectDetails add(TestData.Person as, String first, String last, String company, String slug) {
        return SignedInAs.call(users, as.email(),
                () -> prospects.add(team.id(), draft(first, last, company, "https://www.linkedin.com/in/" + slug)));
    }

    public static ProspectDraft draft(String first, String last, String company, String profileUrl) {
        return new ProspectDraft(first, last, "Head of Sales", company, profileUrl, "", EmailStatus.UNKNOWN, "", "",
                null, Set.of(), "");
    }

}
