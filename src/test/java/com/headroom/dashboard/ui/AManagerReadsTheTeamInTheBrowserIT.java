package com.headroom.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.BrowserTest;
import com.headroom.Chromium;
import com.headroom.DemoAccounts;
import com.headroom.SignedInAs;
import com.headroom.WebAppTest;
import com.headroom.dashboard.OverviewService;
import com.headroom.dashboard.OverviewText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo manager signs in in headless Chromium, opens Team overview from the menu and
 * reads a rep's row: the figures on screen are the ones the service builds from the rep's
 * ledger.
 */
@WebAppTest
@BrowserTest
class AManagerReadsTheTeamInTheBrowserIT {

    @Autowired
    OverviewService overview;

    @Autowired
    UserDetailsService users;

    @Test
    void the_demo_manager_opens_team_overview_and_reads_danas_row(Chromium chromium) throws Exception {
        var emea = SignedInAs.call(users, DemoAccounts.MANAGER_EMEA,
                () -> overview.overview(overview.teams().getFirst().id()));
        var dana = emea.rows().stream().filter(r -> r.status().name().equals("Dana Reyes")).findFirst().orElseThrow();

        chromium.signIn(DemoAccounts.MANAGER_EMEA, DemoAccounts.PASSWORD);
        chromium.waitFor(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Team overview']")).click();
        chromium.waitFor(By.xpath("//h2[normalize-space(.)='Team overview']"));
        chromium.waitFor(By.xpath("//h3[normalize-space(.)='Needs attention']"));
        var name = chromium.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Dana Reyes']"));
        // Dana's cells, as the grid shows them: health, invitations of the budget,
        // pending, last activity.
        for (String cell : new String[] { OverviewText.health(dana), OverviewText.invitations(dana),
                OverviewText.pending(dana), dana.lastActivity() }) {
            chromium.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)=\"" + cell + "\"]"));
        }
        chromium.keepScreenshot("team-overview.png");

        ((org.openqa.selenium.JavascriptExecutor) chromium.browser())
            .executeScript("arguments[0].scrollIntoView({block: 'center'})", name);
        chromium.waitForClickable(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Dana Reyes']")).click();
        chromium.waitFor(By.xpath("//h2[normalize-space(.)='Dana Reyes']"));
        var limits = chromium.waitFor(By.xpath("//li[contains(., 'invitations left this week')]")).getText();
        var inv = dana.status().headroom().invitations();
        assertThat(limits).startsWith(inv.left() + " of " + inv.weeklyBudget() + " invitations left this week: "
                + inv.sentThisWeek() + " sent in the last 7 days");
        assertThat(chromium.browser().getCurrentUrl()).endsWith("/overview/member/" + dana.status().memberId());
    }

}
