package com.headroom.email;

import java.util.List;

/**
 * The likely addresses of a prospect without one, with the evidence for each.
 *
 * @param domains the company's mail domains and what the team's addresses there show
 * ("first.last@acme.com — 9 of 11 known addresses")
 * @param candidates the likely addresses, most likely first
 * @param whyNone when there is no candidate: what to do next
 */
public record Suggestions(String company, List<String> domains, List<AddressCandidates.Candidate> candidates,
        String whyNone) {
}
