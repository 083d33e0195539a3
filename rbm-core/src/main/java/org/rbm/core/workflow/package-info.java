/**
 * A generic, immutable state machine with history and replay, in stateless4j's vocabulary: a
 * {@link org.rbm.core.workflow.Workflow} is declared once ({@code permit}, {@code permitIf} with a
 * {@link org.rbm.core.workflow.Guard}, {@code ignore}), separate from the values it governs, and
 * applying an event returns a new {@link org.rbm.core.workflow.History} with one more {@link
 * org.rbm.core.workflow.Transition}. Milestones are one use of it; another life cycle (the document
 * stages of a country programme, the follow-up of an evaluation recommendation) is another table,
 * an enum of states and a sealed interface of event records, not a new class hierarchy.
 *
 * <pre>{@code
 * enum Stage { CONCEPT, DRAFT, FINAL }
 * sealed interface StageEvent permits Submit, Review, Approve { }
 * record Submit() implements StageEvent { }
 * ...
 * Workflow<Stage, StageEvent, Document> stages =
 *     Workflow.builder(Stage.class, StageEvent.class, Document.class)
 *         .initial(Stage.CONCEPT)
 *         .permit(Stage.CONCEPT, Submit.class, Stage.DRAFT)
 *         .permitIf(Stage.DRAFT, Approve.class, Stage.FINAL, QA_REVIEWED)
 *         .build();
 * }</pre>
 *
 * <p>History entries are computed: only a workflow makes them, when it applies an event, so
 * neither {@link org.rbm.core.workflow.Transition} nor {@link org.rbm.core.workflow.History} has a
 * public constructor or builder. A stored history is read back by applying its events again
 * through the workflow ({@link org.rbm.core.workflow.Workflow#replay}), which checks every entry.
 */
@NullMarked
@CheckReturnValue
package org.rbm.core.workflow;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
