package org.rbm.core.workflow;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A workflow of another shape than milestones, as the next capabilities will declare theirs: the
 * stages of a country programme document (concept, draft, final) with a quality-assurance review.
 * A table, an enum and a sealed interface of records; no class hierarchy.
 */
final class DocumentStages {
  private DocumentStages() {}

  enum Stage {
    CONCEPT,
    DRAFT,
    FINAL
  }

  sealed interface StageEvent permits Submit, Review, Approve, Withdraw {}

  /** The concept note is submitted as a draft. */
  record Submit() implements StageEvent {}

  /** The QA reviewer rates the draft from 1 to 4. */
  record Review(int rating, String reviewer) implements StageEvent {}

  /** The draft is approved as final. */
  record Approve(String approvedBy) implements StageEvent {}

  /** The draft is withdrawn back to a concept. */
  record Withdraw(String reason) implements StageEvent {}

  /** A document as the guards see it: its history and the last QA rating. */
  record Document(History<Stage, StageEvent> history, int lastRating, Workflow<Stage, StageEvent, Document> workflow)
      implements Governed<Stage, StageEvent, Document> {
    @Override
    public Document apply(StageEvent event, LocalDate date, String actor, Optional<String> note) {
      History<Stage, StageEvent> next = workflow.apply(history, this, event, date, actor, note);
      int rating = event instanceof Review r ? r.rating() : lastRating;
      return new Document(next, rating, workflow);
    }
  }

  /** Approval needs a QA rating of 3 or more. */
  static final Guard<Document, Approve> QA_PASSED =
      Guard.of(
          "QA passed",
          d -> "the last QA rating is 3 or more (now " + d.lastRating() + ")",
          (d, approve) -> d.lastRating() >= 3);

  static final Workflow<Stage, StageEvent, Document> STAGES =
      Workflow.builder(Stage.class, StageEvent.class, Document.class)
          .initial(Stage.CONCEPT)
          .permit(Stage.CONCEPT, Submit.class, Stage.DRAFT)
          .permit(Stage.DRAFT, Review.class, Stage.DRAFT)
          .permitIf(Stage.DRAFT, Approve.class, Stage.FINAL, QA_PASSED)
          .permit(Stage.DRAFT, Withdraw.class, Stage.CONCEPT)
          .ignore(Stage.FINAL, Approve.class)
          .build();

  static final LocalDate DAY = LocalDate.of(2024, 1, 10);

  static Document concept() {
    return new Document(STAGES.start(Stage.CONCEPT, DAY), 0, STAGES);
  }
}
