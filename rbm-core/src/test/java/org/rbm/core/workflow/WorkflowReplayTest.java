package org.rbm.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.workflow.DocumentStages.DAY;
import static org.rbm.core.workflow.DocumentStages.STAGES;
import static org.rbm.core.workflow.DocumentStages.concept;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.workflow.DocumentStages.Approve;
import org.rbm.core.workflow.DocumentStages.Document;
import org.rbm.core.workflow.DocumentStages.Review;
import org.rbm.core.workflow.DocumentStages.Stage;
import org.rbm.core.workflow.DocumentStages.StageEvent;
import org.rbm.core.workflow.DocumentStages.Submit;
import org.rbm.core.workflow.DocumentStages.Withdraw;

/**
 * Each way {@link Workflow#replay} refuses an entry, one entry at fault at a time, with the
 * message worked out from the entry and the state the entries before it reach; and the order of
 * {@link Workflow#events()}.
 */
class WorkflowReplayTest {
  private static final Optional<String> NO_NOTE = Optional.empty();

  private static Transition<Stage, StageEvent> entry(
      Stage from, StageEvent event, Stage to, LocalDate date) {
    return new Transition<>(from, event, to, date, "CO", null);
  }

  private static String refused(List<Transition<Stage, StageEvent>> entries) {
    return assertThrows(InvalidValueException.class, () -> STAGES.replay(concept(), entries))
        .getMessage();
  }

  @Test
  void anEntryFromAnotherStateThanTheOneReachedIsRefusedOnItsFrom() {
    assertEquals(
        "history[0].from: got \"DRAFT\", expected CONCEPT, the state the entries before it reach",
        refused(List.of(entry(Stage.DRAFT, new Withdraw("x"), Stage.CONCEPT, DAY))));
    assertEquals(
        "history[1].from: got \"CONCEPT\", expected DRAFT, the state the entries before it reach",
        refused(List.of(
            entry(Stage.CONCEPT, new Submit(), Stage.DRAFT, DAY),
            entry(Stage.CONCEPT, new Submit(), Stage.DRAFT, DAY))));
  }

  @Test
  void anEntryDatedBeforeTheLastChangeIsRefusedOnItsDateButTheSameDayIsTaken() {
    assertEquals(
        "history[1].date: got 2024-01-11, expected a date on or after 2024-01-12, the day of the"
            + " last change",
        refused(List.of(
            entry(Stage.CONCEPT, new Submit(), Stage.DRAFT, DAY.plusDays(2)),
            entry(Stage.DRAFT, new Withdraw("x"), Stage.CONCEPT, DAY.plusDays(1)))));
    Document d = STAGES.replay(concept(), List.of(
        entry(Stage.CONCEPT, new Submit(), Stage.DRAFT, DAY.plusDays(2)),
        entry(Stage.DRAFT, new Withdraw("x"), Stage.CONCEPT, DAY.plusDays(2))));
    assertEquals(Stage.CONCEPT, d.history().state());
    assertEquals(2, d.history().size());
  }

  @Test
  void anEntryWhoseGuardFailsIsRefusedWithTheGuardsRequirement() {
    assertEquals(
        "history[2].event: got \"Approve[approvedBy=Director]\", expected an event for which the"
            + " last QA rating is 3 or more (now 2)",
        refused(List.of(
            entry(Stage.CONCEPT, new Submit(), Stage.DRAFT, DAY),
            entry(Stage.DRAFT, new Review(2, "QA"), Stage.DRAFT, DAY),
            entry(Stage.DRAFT, new Approve("Director"), Stage.FINAL, DAY))));
  }

  @Test
  void anEntryOfAnIgnoredEventIsRefusedOnItsEvent() {
    assertEquals(
        "history[3].event: got \"Approve[approvedBy=Board]\", expected an event the state FINAL"
            + " permits, not one it ignores",
        refused(List.of(
            entry(Stage.CONCEPT, new Submit(), Stage.DRAFT, DAY),
            entry(Stage.DRAFT, new Review(3, "QA"), Stage.DRAFT, DAY),
            entry(Stage.DRAFT, new Approve("Director"), Stage.FINAL, DAY),
            entry(Stage.FINAL, new Approve("Board"), Stage.FINAL, DAY))));
  }

  @Test
  void anEntryLeadingElsewhereThanTheWorkflowIsRefusedOnItsTo() {
    assertEquals(
        "history[0].to: got \"FINAL\", expected DRAFT, where submit leads from CONCEPT",
        refused(List.of(entry(Stage.CONCEPT, new Submit(), Stage.FINAL, DAY))));
    assertEquals(
        "history[1].to: got \"CONCEPT\", expected DRAFT, where review leads from DRAFT",
        refused(List.of(
            entry(Stage.CONCEPT, new Submit(), Stage.DRAFT, DAY),
            entry(Stage.DRAFT, new Review(4, "QA"), Stage.CONCEPT, DAY))));
  }

  @Test
  void aHistoryReplayedEntryByEntryGivesTheSameDocument() {
    Document d = concept()
        .apply(new Submit(), DAY, "CO", NO_NOTE)
        .apply(new Review(3, "QA"), DAY.plusDays(1), "QA", NO_NOTE)
        .apply(new Approve("Director"), DAY.plusDays(1), "Director", NO_NOTE);
    Document replayed = STAGES.replay(concept(), d.history());
    assertEquals(Stage.FINAL, replayed.history().state());
    assertEquals(3, replayed.lastRating());
    assertEquals(d.history(), replayed.history());
  }

  /** The kinds of a sealed event type follow its permits clause, whatever the declaration order. */
  @Test
  void eventsOfASealedTypeAreInTheOrderOfItsPermitsClause() {
    Workflow<Stage, StageEvent, Document> w =
        Workflow.builder(Stage.class, StageEvent.class, Document.class)
            .permit(Stage.DRAFT, Withdraw.class, Stage.CONCEPT)
            .permit(Stage.DRAFT, Approve.class, Stage.FINAL)
            .permit(Stage.CONCEPT, Submit.class, Stage.DRAFT)
            .build();
    assertEquals(ImmutableList.of(Submit.class, Approve.class, Withdraw.class), w.events());
  }

  /** Kinds of a sealed sub-interface are not in the permits clause: after the others, in order. */
  @Test
  void eventsOfASealedSubInterfaceComeLastInTheirDeclarationOrder() {
    Workflow<Stage, Step, Object> w =
        Workflow.builder(Stage.class, Step.class, Object.class)
            .permit(Stage.DRAFT, Back.class, Stage.CONCEPT)
            .permit(Stage.DRAFT, Sideways.class, Stage.DRAFT)
            .permit(Stage.CONCEPT, Forward.class, Stage.DRAFT)
            .permit(Stage.DRAFT, Up.class, Stage.FINAL)
            .build();
    assertEquals(
        ImmutableList.of(Forward.class, Up.class, Back.class, Sideways.class), w.events());
  }

  /** The kinds of an event type that is not sealed are in the order first declared. */
  @Test
  void eventsOfAnOpenTypeAreInTheirDeclarationOrder() {
    Workflow<Stage, Open, Object> w =
        Workflow.builder(Stage.class, Open.class, Object.class)
            .permit(Stage.DRAFT, Second.class, Stage.FINAL)
            .permit(Stage.CONCEPT, First.class, Stage.DRAFT)
            .permit(Stage.FINAL, Second.class, Stage.CONCEPT)
            .build();
    assertEquals(ImmutableList.of(Second.class, First.class), w.events());
  }

  sealed interface Step permits Forward, Up, Lateral {}

  record Forward() implements Step {}

  record Up() implements Step {}

  sealed interface Lateral extends Step permits Back, Sideways {}

  record Back() implements Lateral {}

  record Sideways() implements Lateral {}

  interface Open {}

  record First() implements Open {}

  record Second() implements Open {}
}
