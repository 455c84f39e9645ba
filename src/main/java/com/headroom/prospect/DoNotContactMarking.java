package com.headroom.prospect;

import com.headroom.prospect.ProspectHistoryStore.Line;
import com.headroom.security.HeadroomUser;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * After an edit of a prospect's profile, company or e-mail address: marks it do not
 * contact, or lifts the mark, as the team's list says now. Runs in the caller's
 * transaction.
 */
@Component
class DoNotContactMarking {

    private final DoNotContactRepository doNotContact;

    DoNotContactMarking(DoNotContactRepository doNotContact) {
        this.doNotContact = doNotContact;
    }

    /**
     * Sets the mark; the history line saying so when it changed, for the caller to append
     * once the prospect is saved.
     */
    Optional<Line> apply(Prospect prospect, HeadroomUser by, Instant at) {
        boolean before = prospect.doNotContact();
        var reason = new DoNotContactList(doNotContact.findByTeamId(prospect.teamId())).reasonFor(prospect.profileUrl(),
                prospect.companyKey(), prospect.emailDomain());
        prospect.markDoNotContact(reason.orElse(null));
        if (before == prospect.doNotContact()) {
            return Optional.empty();
        }
        return Optional
            .of(Line.by(by, prospect.id(), at, prospect.doNotContact() ? ProspectEvent.Kind.MARKED_DO_NOT_CONTACT
                    : ProspectEvent.Kind.DO_NOT_CONTACT_LIFTED, null, reason.orElse(null)));
    }

}
