package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationSectionTest {
  private static String section() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ValidationSection.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void namesTheRuleEachDeliberateFlawBreaks() {
    String out = section();
    for (String ruleAndLocation : List.of(
        "RBM-RES-001  /results/DW2/DW2.1/DW2.1.2",
        "RBM-RES-002  /results/DW1/DW1.2",
        "RBM-RES-004  /results/DW1/DW1.1/contributions/PB-2008-09/IO9.9",
        "RBM-RES-006  /results/DW1/DW1.1/DW1.1.2",
        "RBM-PER-001  /results/DW1/DW1.1/DW1.1.1/indicators/DW-IND-1/periods/2008-07-01--2009-12-31",
        "RBM-VAL-002  /results/DW1/DW1.1/DW1.1.1/indicators/DW-IND-1/actuals/2008/sex",
        "RBM-IND-007  /results/DW1/DW1.1/DW1.1.2/indicators/DW-IND-3/targets/2009",
        "RBM-IND-002  /results/DW2/DW2.1/DW2.1.1/indicators/DW-IND-2",
        "RBM-IND-004  /results/DW2/DW2.1/DW2.1.1/indicators/DW-IND-2/targets/2010",
        "RBM-VAL-003  /results/DW2/DW2.1/DW2.1.1/indicators/DW-IND-2/actuals/2008")) {
      assertTrue(out.contains(ruleAndLocation), ruleAndLocation + " in\n" + out);
    }
    assertTrue(out.contains("Findings: 8 errors, 2 warnings, 0 info"), out);
    assertTrue(out.contains("The programme has errors"), out);
  }

  @Test
  void groupsFindingsUnderTheirResultInTreeOrder() {
    String out = section();
    int dw11 = out.indexOf("\nDW1.1 [country programme outcome]");
    int link = out.indexOf("RBM-RES-004");
    int dw111 = out.indexOf("\nDW1.1.1 [output]");
    int overlap = out.indexOf("RBM-PER-001");
    int dw112 = out.indexOf("\nDW1.1.2 [output]");
    assertTrue(0 < dw11 && dw11 < link && link < dw111 && dw111 < overlap && overlap < dw112, out);
    // DW1 and DW2.1 have no finding of their own (DW2.1's link to IO1a.1 is sound): no heading.
    assertEquals(-1, out.indexOf("\nDW1 [country priority]"), out);
    assertEquals(-1, out.indexOf("\nDW2.1 [country programme outcome]"), out);
  }

  /**
   * The two findings in French and Spanish, written by hand from messages_fr and messages_es:
   * RBM-IND-002.noBaseline with indicator DW-IND-2, RBM-RES-002.noChild with result DW1.2, level
   * "country programme outcome" and the level below, "output".
   */
  @Test
  void showsTwoFindingsInFrenchAndSpanish() {
    String out = section();
    String expected =
        """
        Two findings in French and Spanish (the caller chooses the locale):
          RBM-IND-002  /results/DW2/DW2.1/DW2.1.1/indicators/DW-IND-2
            fr  L'indicateur DW-IND-2 n'a pas de valeur de référence : indiquez-la, ou \
        précisez qu'aucune n'est disponible et pourquoi.
            es  El indicador DW-IND-2 no tiene línea de base: indique su valor, o declare que \
        no se dispone de ninguna y por qué.
          RBM-RES-002  /results/DW1/DW1.2
            fr  Le résultat DW1.2 (country programme outcome) n'a aucun résultat de niveau \
        « output » en dessous de lui : ajoutez-en au moins un, ou supprimez-le.
            es  El resultado DW1.2 (country programme outcome) no tiene ningún resultado de \
        nivel «output» por debajo: añada al menos uno, o elimínelo.
        """;
    assertTrue(out.replace("\r\n", "\n").contains(expected), out);
    // After the English findings, before the counts.
    assertTrue(out.indexOf("RBM-VAL-003") < out.indexOf("Two findings")
        && out.indexOf("Two findings") < out.indexOf("Findings: 8 errors"), out);
  }
}
