package com.headroom.prospect;

import org.jspecify.annotations.Nullable;

/**
 * What the prospect list shows: one team, narrowed by any of the rest.
 *
 * @param text words typed into search; each must start a word of the name, company or
 * headline
 * @param stage prospects in this stage (do-not-contact ones excluded); null for any
 * @param doNotContact only prospects marked do not contact
 * @param ownerId one owner; null for anyone
 * @param company companies whose name starts so (as matched: legal forms and case
 * ignored)
 */
public record ProspectFilter(long teamId, String text, @Nullable Stage stage, boolean doNotContact,
        @Nullable Long ownerId, String tag, String company) {

    public static ProspectFilter team(long teamId) {
        return new ProspectFilter(teamId, null, null, false, null, null, null);
    }

    public ProspectFilter withText(String newText) {
        return new ProspectFilter(teamId, newText, stage, doNotContact, ownerId, tag, company);
    }

    public ProspectFilter withStage(Stage newStage) {
        return new ProspectFilter(teamId, text, newStage, false, ownerId, tag, company);
    }

    public ProspectFilter onlyDoNotContact() {
        return new ProspectFilter(teamId, text, null, true, ownerId, tag, company);
    }

    public ProspectFilter withOwner(Long newOwnerId) {
        return new ProspectFilter(teamId, text, stage, doNotContact, newOwnerId, tag, company);
    }

    public ProspectFilter withTag(String newTag) {
        return new ProspectFilter(teamId, text, stage, doNotContact, ownerId, newTag, company);
    }

    public ProspectFilter withCompany(String newCompany) {
        return new ProspectFilter(teamId, text, stage, doNotContact, ownerId, tag, newCompany);
    }
}
