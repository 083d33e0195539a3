package org.rbm.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.workflow.DocumentStages.DAY;
import static org.rbm.core.workflow.DocumentStages.concept;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.workflow.DocumentStages.Document;
import org.rbm.core.workflow.DocumentStages.Stage;
import org.rbm.core.workflow.DocumentStages.StageEvent;
import org.rbm.core.workflow.DocumentStages.Submit;
import org.rbm.core.workflow.DocumentStages.Withdraw;

/** A history's bounds, the equality and text of its entries, and a guard's label. */
class WorkflowValuesTest {

  @Test
  void anIndexOutsideTheHistoryIsRefusedWithItsRange() {
    Document d = concept().apply(new Submit(), DAY, "CO", Optional.empty());
    assertEquals("index: got -1, expected 0 to 0",
        assertThrows(IndexOutOfBoundsException.class, () -> d.history().get(-1)).getMessage());
    assertEquals("index: got 1, expected 0 to 0",
        assertThrows(IndexOutOfBoundsException.class, () -> d.history().get(1)).getMessage());
    assertEquals(Stage.DRAFT, d.history().get(0).to());
  }

  private static Transition<Stage, StageEvent> entry(
      Stage from, StageEvent event, Stage to, String actor, @Nullable String note) {
    return new Transition<>(from, event, to, DAY, actor, note);
  }

  @Test
  void entriesAreEqualByEveryField() {
    new EqualsTester()
        .addEqualityGroup(
            entry(Stage.CONCEPT, new Submit(), Stage.DRAFT, "CO", null),
            entry(Stage.CONCEPT, new Submit(), Stage.DRAFT, "CO", null))
        .addEqualityGroup(entry(Stage.DRAFT, new Submit(), Stage.DRAFT, "CO", null))
        .addEqualityGroup(entry(Stage.CONCEPT, new Submit(), Stage.FINAL, "CO", null))
        .addEqualityGroup(entry(Stage.CONCEPT, new Withdraw("x"), Stage.DRAFT, "CO", null))
        .addEqualityGroup(new Transition<Stage, StageEvent>(
            Stage.CONCEPT, new Submit(), Stage.DRAFT, DAY.plusDays(1), "CO", null))
        .addEqualityGroup(entry(Stage.CONCEPT, new Submit(), Stage.DRAFT, "RO", null))
        .addEqualityGroup(entry(Stage.CONCEPT, new Submit(), Stage.DRAFT, "CO", "late"))
        .testEquals();
  }

  @Test
  void anEntryReadsAsDateStatesEventActorAndNote() {
    assertEquals("2024-01-10 CONCEPT --Submit[]--> DRAFT by CO",
        entry(Stage.CONCEPT, new Submit(), Stage.DRAFT, "CO", null).toString());
    assertEquals("2024-01-10 DRAFT --Withdraw[reason=rework]--> CONCEPT by CO (second try)",
        entry(Stage.DRAFT, new Withdraw("rework"), Stage.CONCEPT, "CO", "second try")
            .toString());
  }

  @Test
  void aGuardsLabelIsNotBlank() {
    assertEquals("label: got \" \", expected a label that is not blank",
        assertThrows(InvalidValueException.class,
            () -> Guard.<Document, Submit>of(" ", d -> "never", (d, s) -> false)).getMessage());
    assertEquals("QA passed", DocumentStages.QA_PASSED.label());
  }
}
