package com.headroom.uidl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The load harness answers the server as a browser's JavaScript does (captured from
 * Chromium against Headroom): an overlay the server closed reports {@code closed}, a
 * notification closes itself after its duration, a combo box confirms only the answer to
 * the filter it asked with. Get one of these wrong and the server either keeps every
 * closed dialog of a day in the session or fails the call.
 */
class UidlTreeTest {

    private static final String INIT = """
            {"appConfig":{"v-uiId":3,"uidl":{"Vaadin-Security-Key":"token","syncId":0,"clientId":0,
             "constants":{"none":{}},
             "changes":[
              {"node":5,"type":"attach"},{"node":5,"type":"put","key":"tag","feat":0,"value":"vaadin-dialog"},
              {"node":5,"type":"put","key":"closed","feat":4,"value":"none"},
              {"node":5,"type":"put","key":"opened","feat":1,"value":true},
              {"node":7,"type":"attach"},{"node":7,"type":"put","key":"tag","feat":0,"value":"vaadin-combo-box"},
              {"node":7,"type":"put","key":"label","feat":1,"value":"Template"}]}}}
            """;

    @Test
    void a_dialog_the_server_closed_reports_closed_with_the_next_message_and_is_gone_once_detached() {
        var tree = UidlTree.fromInit(INIT);
        assertThat(tree.message(List.of())).doesNotContain("closed");

        tree.apply("""
                {"syncId":1,"clientId":1,"changes":[{"node":5,"type":"put","key":"opened","feat":1,"value":false}]}""");
        assertThat(tree.message(List.of())).contains("{\"type\":\"event\",\"node\":5,\"event\":\"closed\"}");
        assertThat(tree.message(List.of())).as("once").doesNotContain("closed");

        tree.apply("""
                {"syncId":2,"clientId":2,"changes":[{"node":1,"type":"splice","feat":2,"index":0,"remove":1},
                 {"node":5,"type":"detach"}]}""");
        assertThat(tree.find(e -> e.tag.equals("vaadin-dialog"))).isEmpty();
    }

    @Test
    void a_notification_closes_itself_after_its_duration_and_one_without_a_duration_stays() throws Exception {
        var tree = UidlTree.fromInit(INIT);
        tree.apply("""
                {"syncId":1,"clientId":1,"changes":[
                 {"node":8,"type":"attach"},{"node":8,"type":"put","key":"tag","feat":0,"value":"vaadin-notification"},
                 {"node":8,"type":"put","key":"duration","feat":1,"value":30},
                 {"node":8,"type":"put","key":"closed","feat":4,"value":"none"},
                 {"node":8,"type":"put","key":"opened","feat":1,"value":true},
                 {"node":9,"type":"attach"},{"node":9,"type":"put","key":"tag","feat":0,"value":"vaadin-notification"},
                 {"node":9,"type":"put","key":"duration","feat":1,"value":0},
                 {"node":9,"type":"put","key":"closed","feat":4,"value":"none"},
                 {"node":9,"type":"put","key":"opened","feat":1,"value":true}]}""");
        assertThat(tree.message(List.of())).as("before its 30 ms").doesNotContain("closed");

        Thread.sleep(60);
        String message = tree.message(List.of());
        assertThat(message)
            .contains("{\"type\":\"mSync\",\"node\":8,\"feature\":1,\"property\":\"opened\",\"value\":false}")
            .contains("{\"type\":\"event\",\"node\":8,\"event\":\"closed\"}")
            .doesNotContain("\"node\":9");
        assertThat(message.indexOf("mSync")).as("opened is false before closed arrives")
            .isLessThan(message.indexOf("closed"));
    }

    @Test
    void a_combo_box_confirms_only_the_answer_to_the_filter_it_asked_with() {
        var tree = UidlTree.fromInit(INIT);
        // Sent with the page, before the combo box asked for anything: the browser stays
        // silent (comboBoxConnector.js compares the filter with the one it typed).
        tree.apply("""
                {"syncId":1,"clientId":1,"execute":[[{"@v-node":7},0,null,"return $0.$connector.confirm($1,$2)"]]}""");
        assertThat(tree.message(List.of())).doesNotContain("confirmUpdate");

        var combo = tree.field("Template");
        tree.message(tree.requestItems(combo));
        tree.apply("""
                {"syncId":2,"clientId":2,"execute":[[{"@v-node":7},1,"","return $0.$connector.confirm($1,$2)"]]}""");
        assertThat(tree.message(List.of()))
            .contains("\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":[1]");
    }

    @Test
    void a_click_inside_markup_reaches_the_listener_with_what_it_reads_from_the_clicked_element() {
        var tree = UidlTree.fromInit(
                """
                        {"appConfig":{"v-uiId":3,"uidl":{"Vaadin-Security-Key":"token","syncId":0,"clientId":0,
                         "constants":{"clicks":{"event.target.closest('[data-day]')?.dataset.day":false,
                          "event.target.closest('[data-item]')?.dataset.item":false}},
                         "changes":[
                          {"node":10,"type":"attach"},{"node":10,"type":"put","key":"tag","feat":0,"value":"div"},
                          {"node":10,"type":"put","key":"click","feat":4,"value":"clicks"},
                          {"node":11,"type":"attach"},{"node":11,"type":"put","key":"tag","feat":0,"value":"div"},
                          {"node":11,"type":"put","key":"innerHTML","feat":1,
                           "value":"<div class=\\"calendar-day\\" data-day=\\"2026-12-10\\"><div class=\\"content-chip\\" data-item=\\"42\\">09:00 Post</div></div>"},
                          {"node":10,"type":"splice","feat":2,"index":0,"addNodes":[11]}]}}}
                        """);

        var click = tree.clickInMarkup(".content-chip");
        assertThat(click).singleElement().satisfies(event -> {
            assertThat(event.get("node").asInt()).isEqualTo(10);
            assertThat(event.get("data").get("event.target.closest('[data-item]')?.dataset.item").asString())
                .isEqualTo("42");
            assertThat(event.get("data").get("event.target.closest('[data-day]')?.dataset.day").asString())
                .isEqualTo("2026-12-10");
        });
    }

}
