package com.headroom.email;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** DNS as a test says it is: a domain it names answers so, any other does not exist. */
final class FakeMailDomains implements MailDomains {

    private final Map<String, MailDomainAnswer> answers = new HashMap<>();

    private final List<String> asked = new ArrayList<>();

    FakeMailDomains answer(String domain, MailDomainAnswer answer) {
        answers.put(domain, answer);
        return this;
    }

    @Override
    public synchronized MailDomainAnswer lookUp(String domain) {
        asked.add(domain);
        return answers.getOrDefault(domain, MailDomainAnswer.noSuchDomain());
    }

    synchronized List<String> asked() {
        return List.copyOf(asked);
    }

}
