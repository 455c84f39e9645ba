package com.headroom.warmintro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeniorityTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // English
            "Chief Executive Officer                  | C_LEVEL", "Chief Revenue Officer, EMEA              | C_LEVEL",
            "CEO & Founder                            | C_LEVEL", "Co-Founder                               | C_LEVEL",
            "cofounder @ Stealth                      | C_LEVEL", "Owner                                    | C_LEVEL",
            "President                                | C_LEVEL", "Chairman of the Board                    | C_LEVEL",
            "Board Member                             | C_LEVEL", "Managing Director                        | C_LEVEL",
            "Managing Partner                         | C_LEVEL", "CFO                                      | C_LEVEL",
            "Former CEO                               | C_LEVEL", "Vice President, Sales                    | VP",
            "Vice-President Marketing                 | VP", "SVP Engineering                          | VP",
            "AVP, Partnerships                        | VP", "Director of Sales                        | DIRECTOR",
            "Senior Director, Revenue Operations      | DIRECTOR",
            "Head of Growth                           | DIRECTOR",
            "General Manager, DACH                    | DIRECTOR",
            "GM                                       | DIRECTOR",
            "Director of First Impressions            | DIRECTOR", "Sales Manager                            | MANAGER",
            "Team Lead                                | MANAGER", "Tech Lead                                | MANAGER",
            "Customer Support Supervisor              | MANAGER",
            "Account Executive                        | INDIVIDUAL",
            "Software Engineer                        | INDIVIDUAL",
            "Principal Consultant                     | INDIVIDUAL",
            "Partner                                  | INDIVIDUAL", "\"\"|INDIVIDUAL", "\"   \"|INDIVIDUAL",
            // Traps: whom someone serves does not count.
            "Executive Assistant to the CEO           | INDIVIDUAL",
            "Assistant to the CEO                     | INDIVIDUAL",
            "EA to CFO                                | INDIVIDUAL",
            "Assistant of the Managing Director       | INDIVIDUAL",
            "Chief of Staff                           | DIRECTOR",
            "Chief of Staff to the CEO                | DIRECTOR",
            // Traps: letters inside other words.
            "Salesforce Admin                         | INDIVIDUAL",
            "Cisco Specialist                         | INDIVIDUAL",
            "Headhunter                               | INDIVIDUAL",
            "Loan Officer                             | INDIVIDUAL",
            // Traps: owners and founders who are neither.
            "Product Owner                            | INDIVIDUAL",
            "Founder's Associate                      | INDIVIDUAL",
            "Lead Generation Specialist               | INDIVIDUAL",
            // The title is all we have: these are managers.
            "Key Account Manager                      | MANAGER", "Senior Product Manager                   | MANAGER",
            // German
            "Geschäftsführer                          | C_LEVEL", "Geschäftsführerin                        | C_LEVEL",
            "Inhaber                                  | C_LEVEL", "Vorstandsvorsitzender                    | C_LEVEL",
            "Vizepräsident Vertrieb                   | VP", "Bereichsleiter Vertrieb                  | DIRECTOR",
            "Vertriebsleiterin                        | DIRECTOR",
            "Vertriebsdirektor                        | DIRECTOR",
            "Leiter Marketing                         | DIRECTOR", "Teamleiter Innendienst                   | MANAGER",
            "Projektleiterin                          | MANAGER",
            "Assistentin der Geschäftsführung         | INDIVIDUAL",
            "Werkstudent                              | INDIVIDUAL",
            // French
            "Président-Directeur Général              | C_LEVEL", "PDG                                      | C_LEVEL",
            "Directrice Générale                      | C_LEVEL", "Fondateur                                | C_LEVEL",
            "Vice-Président Ventes                    | VP", "Directeur Commercial                     | DIRECTOR",
            "Responsable Grands Comptes               | MANAGER", "Chef de projet                           | MANAGER",
            "Assistante de direction                  | INDIVIDUAL",
            "Ingénieur commercial                     | INDIVIDUAL",
            // Spanish
            "Consejero Delegado                       | C_LEVEL", "Director General                         | C_LEVEL",
            "Fundadora y CEO                          | C_LEVEL", "Vicepresidente de Ventas                 | VP",
            "Directora Comercial                      | DIRECTOR", "Gerente de Ventas                        | MANAGER",
            "Jefe de Equipo                           | MANAGER",
            "Asistente del Director General           | INDIVIDUAL",
            "Ejecutivo de Cuentas                     | INDIVIDUAL", })
    void seniority_of_a_position(String position, Seniority expected) {
        assertThat(Seniority.of(position)).isEqualTo(expected);
    }

    @Test
    void a_missing_position_is_an_individual_contributor() {
        assertThat(Seniority.of(null)).isEqualTo(Seniority.INDIVIDUAL);
    }

    @ParameterizedTest(name = "{0} is rank {1}, \"{2}\"")
    @CsvSource(delimiter = '|', value = { "C_LEVEL    | 1 | C-level", "VP         | 2 | VP",
            "DIRECTOR   | 3 | Director", "MANAGER    | 4 | Manager", "INDIVIDUAL | 5 | Individual contributor", })
    void ranks_and_labels_are_fixed(Seniority seniority, int rank, String label) {
        assertThat(seniority.rank()).isEqualTo(rank);
        assertThat(seniority.label()).isEqualTo(label);
        assertThat(Seniority.fromRank(rank)).isEqualTo(seniority);
    }

    @Test
    void an_unknown_rank_is_refused() {
        assertThatThrownBy(() -> Seniority.fromRank(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Seniority.fromRank(6)).isInstanceOf(IllegalArgumentException.class);
    }

}
