package com.headroom.dashboard;

import com.headroom.outreach.MyDayNotice;
import com.headroom.security.AppRoles;
import com.headroom.security.CurrentUser;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Tells a manager on My day how many things on Team overview need them. */
@Component
class AttentionNotice implements MyDayNotice {

    private final OverviewService overview;

    private final CurrentUser currentUser;

    AttentionNotice(OverviewService overview, CurrentUser currentUser) {
        this.overview = overview;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Notice> forMe() {
        if (!currentUser.hasRole(AppRoles.MANAGER)) {
            return Optional.empty();
        }
        int count = overview.attentionCount();
        if (count == 0) {
            return Optional.empty();
        }
        return Optional
            .of(new Notice(count == 1 ? "1 thing needs your attention." : count + " things need your attention.",
                    "See Team overview", "overview"));
    }

}
