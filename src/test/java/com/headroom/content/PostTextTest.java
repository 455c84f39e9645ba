package com.headroom.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counting, folding and warnings, the way a reader sees the text. */
class PostTextTest {

    @ParameterizedTest(name = "{0} counts {1}")
    @CsvSource(delimiter = '|', value = { "plain|5", "café|4",
            // e + combining acute accent: one character on screen.
            "cafe\u0301|4",
            // thumbs up with a skin tone: one.
            "\uD83D\uDC4D\uD83C\uDFFD|1",
            // woman technologist, a ZWJ sequence: one.
            "\uD83D\uDC69\u200D\uD83D\uDCBB|1",
            // flag of Germany, two regional indicators: one.
            "\uD83C\uDDE9\uD83C\uDDEA|1", "Grüße aus Köln 👋|16", })
    void characters_count_as_the_reader_sees_them(String text, int expected) {
        assertThat(PostText.length(text)).isEqualTo(expected);
    }

    @Test
    void a_short_post_shows_whole_and_a_long_one_folds_after_210_characters() {
        assertThat(PostText.fold("Short and sweet.")).isEqualTo(new PostText.Fold("Short and sweet.", false));
        String longText = "é".repeat(209) + "\uD83D\uDC4D\uD83C\uDFFD" + " and more after the fold";
        var fold = PostText.fold(longText);
        assertThat(fold.folded()).isTrue();
        // The 210th character is the emoji with its skin tone: never cut in half.
        assertThat(fold.shown()).isEqualTo("é".repeat(209) + "\uD83D\uDC4D\uD83C\uDFFD");
    }

    @Test
    void the_feed_folds_after_three_lines_even_when_they_are_short() {
        var fold = PostText.fold("One.\nTwo.\nThree.\nFour.");
        assertThat(fold).isEqualTo(new PostText.Fold("One.\nTwo.\nThree.", true));
        assertThat(PostText.fold("One.\r\nTwo.\r\nThree.\r\nFour.").shown()).isEqualTo("One.\r\nTwo.\r\nThree.");
    }

    @Test
    void hashtags_come_from_the_text_and_the_field_each_once() {
        assertThat(PostText.hashtags("Why #SalesOps matters. #B2B and email@x.com#not", "#salesops #Prospecting"))
            .containsExactly("#SalesOps", "#B2B", "#Prospecting");
    }

    @Test
    void warnings_name_what_to_fix() {
        String text = "I'm excited to share our new playbook, read it at https://acme.example/playbook\n"
                + "#a #b #c #d #e #f";
        assertThat(PostText.warnings(ContentType.EDUCATIONAL, text, null)).containsExactly(
                "The first line is about you (\"I'm excited to share our new playbook\"). Open with what the reader"
                        + " gets: a number, a question, a surprise.",
                "6 hashtags: use at most 5; more look like spam and spread nobody further.",
                "A link in the post: LinkedIn shows posts with links to fewer people. Put it in the first comment.");
    }

    @Test
    void a_long_first_line_loses_the_hook_and_an_over_long_post_says_how_much_to_cut() {
        String text = "x".repeat(151) + "\n" + "y".repeat(3000);
        assertThat(PostText.warnings(ContentType.QUESTION, text, "")).containsExactly(
                "3,152 characters: LinkedIn allows 3,000 for a post. Cut 152.",
                "The first line runs 151 characters: the hook gets lost. Open with one short line that makes people"
                        + " click \"…see more\".");
        // An article may be long and carry links.
        assertThat(PostText.warnings(ContentType.ARTICLE, text + " https://acme.example", "")).isEmpty();
    }

}
