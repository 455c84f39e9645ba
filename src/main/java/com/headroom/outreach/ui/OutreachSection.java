package com.headroom.outreach.ui;

import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OverrideService;
import com.headroom.outreach.PlaybookService;
import com.headroom.outreach.ProspectOutreachService;
import com.headroom.outreach.TemplateService;
import com.headroom.prospect.ProspectDetailSection;
import com.headroom.prospect.ProspectDetails;
import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.Optional;

/** Puts outreach logging into every prospect's detail. */
// Logging outreach is what a rep opens a prospect for: first.
@org.springframework.core.annotation.Order(10)
@org.springframework.stereotype.Component
class OutreachSection implements ProspectDetailSection {

    private final OutreachService outreach;

    private final ProspectOutreachService prospectOutreach;

    private final OverrideService overrides;

    private final TemplateService templates;

    private final Clock clock;

    private final PlaybookService playbook;

    OutreachSection(OutreachService outreach, ProspectOutreachService prospectOutreach, OverrideService overrides,
            TemplateService templates, Clock clock, PlaybookService playbook) {
        this.playbook = playbook;
        this.outreach = outreach;
        this.prospectOutreach = prospectOutreach;
        this.overrides = overrides;
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create(ProspectDetails prospect, Runnable changed) {
        return Optional.of(new OutreachPanel(outreach, prospectOutreach, overrides, templates, prospect, changed, clock,
                playbook));
    }

}
