package com.headroom.warmintro;

import com.headroom.outreach.MyDayNotice;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Tells a teammate on My day that colleagues wait for their answer to intro requests. */
@Component
class IntroRequestsWaiting implements MyDayNotice {

    private final IntroService intros;

    IntroRequestsWaiting(IntroService intros) {
        this.intros = intros;
    }

    @Override
    public Optional<Notice> forMe() {
        int waiting = intros.waitingForMe();
        if (waiting == 0) {
            return Optional.empty();
        }
        return Optional.of(new Notice(waiting == 1 ? "1 teammate waits for you to answer an intro request."
                : waiting + " intro requests wait for your answer.", "Answer now", "intros"));
    }

}
