package com.headroom.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names as they can appear in addresses: ASCII, every likely spelling, likeliest first.
 */
class PersonNameTest {

    static Stream<Arguments> names() {
        return Stream.of(
                // Accents and letters ICU spells out.
                row("José", "Núñez", "jose", "nunez"), row("Zoë", "Saldaña", "zoe", "saldana"),
                row("Seán", "Ó Briain", "sean", "obriain"), row("Łukasz", "Żółć", "lukasz", "zolc"),
                row("Ærwin", "Strauß", "aerwin", "strauss"), row("Dorte", "Grønlund", "dorte", "groenlund gronlund"),
                // German umlauts both ways, spelled out first.
                row("Jürgen", "Müller", "juergen jurgen", "mueller muller"),
                row("Jörg", "Schmidt", "joerg jorg", "schmidt"),
                // Other scripts: Russian as BGN/PCGN first, then ICU's default.
                row("Дмитрий", "Иванов", "dmitriy dmitrij", "ivanov"),
                row("Юлия", "Щербакова", "yuliya ulia", "shcherbakova serbakova"), row("小明", "王", "xiaoming", "wang"),
                row("Γιώργος", "Παπαδόπουλος", "giorgos", "papadopoulos"),
                // Apostrophes, particles, prefixes.
                row("Conor", "O'Brien", "conor", "obrien"), row("Conor", "O’Brien", "conor", "obrien"),
                row("Jan", "van der Berg", "jan", "vanderberg berg"),
                row("Jan van der", "Berg", "jan", "vanderberg berg"),
                row("Sarah", "El-Sayed", "sarah", "elsayed el-sayed sayed"), row("Ewan", "Mac Leod", "ewan", "macleod"),
                row("Thi", "Le", "thi", "le"),
                // Several names.
                row("Anne-Marie", "Smith-Jones", "annemarie anne-marie anne", "smithjones smith-jones smith jones"),
                row("Anna Maria", "García Márquez", "anna annamaria", "garciamarquez garcia marquez"),
                // Titles, suffixes, pronouns, nicknames.
                row("Dr. Hans", "Schmidt", "hans", "schmidt"), row("John", "Smith Jr.", "john", "smith"),
                row("John", "Smith III", "john", "smith"), row("Jane", "Smith, MBA", "jane", "smith"),
                row("Jane", "Doe PhD", "jane", "doe"), row("Alex", "Smith (she/her)", "alex", "smith"),
                row("Alex", "Smith she/her", "alex", "smith"), row("Robert \"Bob\"", "Smith", "robert", "smith"),
                row("(Bob)", "Smith", "bob", "smith"), row("  ANNA  ", " SMITH ", "anna", "smith"));
    }

    private static Arguments row(String first, String last, String firsts, String lasts) {
        return Arguments.of(first, last, List.of(firsts.split(" ")), List.of(lasts.split(" ")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("names")
    void names_are_written_in_ascii_in_every_likely_spelling(String first, String last, List<String> firsts,
            List<String> lasts) {
        PersonName name = PersonName.of(first, last);
        assertThat(name.isUsable()).isTrue();
        assertThat(name.firsts()).containsExactlyElementsOf(firsts);
        assertThat(name.lasts()).containsExactlyElementsOf(lasts);
    }

    @ParameterizedTest(name = "[{0}] [{1}]")
    @CsvSource(nullValues = "null", value = { "'',''", "Anna,''", "'',Smith", "null,null", "'  ','  '", "😀,Smith",
            "Anna,'(she/her)'", "'---',Smith" })
    void a_name_without_a_first_and_a_last_name_left_is_not_usable(String first, String last) {
        PersonName name = PersonName.of(first, last);
        assertThat(name.isUsable()).isFalse();
        assertThat(name.firsts()).isEmpty();
        assertThat(name.lasts()).isEmpty();
    }

    @Test
    void a_suffix_or_title_that_is_the_whole_name_stays() {
        assertThat(PersonName.of("Li", "Ma").lasts()).containsExactly("ma");
        assertThat(PersonName.of("Ing", "Dr").firsts()).containsExactly("ing");
        assertThat(PersonName.of("Ing", "Dr").lasts()).containsExactly("dr");
    }

    @Test
    void names_spelled_alike_are_equal() {
        assertThat(PersonName.of("Jürgen", "Müller")).isEqualTo(PersonName.of("JÜRGEN", "MÜLLER"))
            .hasSameHashCodeAs(PersonName.of("JÜRGEN", "MÜLLER"))
            .isNotEqualTo(PersonName.of("Jurgen", "Muller"));
        // Decomposed accents (as macOS writes file names) read as composed ones.
        assertThat(PersonName.of("Ju\u0308rgen", "Mu\u0308ller")).isEqualTo(PersonName.of("Jürgen", "Müller"));
    }

}
