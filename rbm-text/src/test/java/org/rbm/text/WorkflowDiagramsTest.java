package org.rbm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.NullPointerTester;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.MilestoneWorkflows;
import org.rbm.core.workflow.Guard;
import org.rbm.core.workflow.Workflow;

class WorkflowDiagramsTest {
  enum Stage {
    CONCEPT,
    DRAFT,
    FINAL
  }

  sealed interface StageEvent permits Submit, Approve {}

  record Submit() implements StageEvent {}

  record Approve() implements StageEvent {}

  /** A workflow of another shape: any workflow can be drawn, not only milestones'. */
  private static final Workflow<Stage, StageEvent, Object> STAGES =
      Workflow.builder(Stage.class, StageEvent.class, Object.class)
          .permit(Stage.CONCEPT, Submit.class, Stage.DRAFT)
          .permitIf(Stage.DRAFT, Approve.class, Stage.FINAL, Guard.of("QA passed", d -> "", (d, e) -> true))
          .ignore(Stage.FINAL, Approve.class)
          .build();

  @Test
  void drawsAnyWorkflowInMermaid() {
    assertEquals(
        """
        stateDiagram-v2
            state "concept" as CONCEPT
            state "draft" as DRAFT
            state "final" as FINAL
            CONCEPT --> DRAFT : submit
            DRAFT --> FINAL : approve [QA passed]
            note right of FINAL : ignores approve
        """,
        WorkflowDiagrams.render(STAGES, DiagramFormat.MERMAID));
  }

  @Test
  void drawsAnyWorkflowInGraphvizDot() {
    assertEquals(
        """
        digraph stage {
          rankdir=LR;
          node [shape=box, style=rounded];
          CONCEPT [label="concept"];
          DRAFT [label="draft"];
          FINAL [label="final"];
          CONCEPT -> DRAFT [label="submit"];
          DRAFT -> FINAL [label="approve [QA passed]"];
          FINAL -> FINAL [label="approve (ignored)", style=dashed];
        }
        """,
        WorkflowDiagrams.render(STAGES, DiagramFormat.DOT, RenderOptions.defaults()));
  }

  @Test
  void drawsASmallMilestoneWorkflowAsTheTableDidBefore() {
    Workflow<MilestoneState, MilestoneEvent, Milestone> small =
        MilestoneWorkflows.builder()
            .permit(MilestoneState.PLANNED, MilestoneEvent.Start.class, MilestoneState.IN_PROGRESS)
            .permitIf(
                MilestoneState.IN_PROGRESS,
                MilestoneEvent.Defer.class,
                MilestoneState.DEFERRED,
                MilestoneWorkflows.LATER_DUE)
            .ignore(MilestoneState.DEFERRED, MilestoneEvent.Cancel.class)
            .build();
    assertEquals(
        """
        digraph milestone {
          rankdir=LR;
          node [shape=box, style=rounded];
          PLANNED [label="planned"];
          IN_PROGRESS [label="in progress"];
          DEFERRED [label="deferred"];
          PLANNED -> IN_PROGRESS [label="start"];
          IN_PROGRESS -> DEFERRED [label="defer [later due]"];
          DEFERRED -> DEFERRED [label="cancel (ignored)", style=dashed];
        }
        """,
        WorkflowDiagrams.render(small, DiagramFormat.DOT));
  }

  @Test
  void drawsTheStandardMilestoneWorkflowRuleByRule() {
    // The 28 rules of the standard workflow, in the order declared; 26 permits, 2 ignores.
    assertEquals(
        """
        stateDiagram-v2
            state "proposed" as PROPOSED
            state "planned" as PLANNED
            state "in progress" as IN_PROGRESS
            state "submitted for approval" as SUBMITTED_FOR_APPROVAL
            state "achieved" as ACHIEVED
            state "achieved with conditions" as ACHIEVED_WITH_CONDITIONS
            state "deferred" as DEFERRED
            state "cancelled" as CANCELLED
            PROPOSED --> PLANNED : approve
            PROPOSED --> PROPOSED : revise [changes statement or due]
            PROPOSED --> DEFERRED : defer [later due]
            PROPOSED --> CANCELLED : cancel
            PLANNED --> IN_PROGRESS : start
            PLANNED --> PLANNED : revise [changes statement or due]
            PLANNED --> DEFERRED : defer [later due]
            PLANNED --> CANCELLED : cancel
            IN_PROGRESS --> SUBMITTED_FOR_APPROVAL : submit
            IN_PROGRESS --> ACHIEVED : achieve
            IN_PROGRESS --> ACHIEVED_WITH_CONDITIONS : achieve with conditions
            IN_PROGRESS --> IN_PROGRESS : revise [changes statement or due]
            IN_PROGRESS --> DEFERRED : defer [later due]
            IN_PROGRESS --> CANCELLED : cancel
            SUBMITTED_FOR_APPROVAL --> ACHIEVED : achieve
            SUBMITTED_FOR_APPROVAL --> ACHIEVED_WITH_CONDITIONS : achieve with conditions
            SUBMITTED_FOR_APPROVAL --> IN_PROGRESS : reopen
            SUBMITTED_FOR_APPROVAL --> CANCELLED : cancel
            ACHIEVED --> IN_PROGRESS : reopen
            ACHIEVED_WITH_CONDITIONS --> ACHIEVED : achieve
            ACHIEVED_WITH_CONDITIONS --> IN_PROGRESS : reopen
            DEFERRED --> IN_PROGRESS : start
            DEFERRED --> DEFERRED : revise [changes statement or due]
            DEFERRED --> DEFERRED : defer [later due]
            DEFERRED --> CANCELLED : cancel
            CANCELLED --> PLANNED : reopen
            note right of ACHIEVED : ignores achieve
            note right of CANCELLED : ignores cancel
        """,
        WorkflowDiagrams.render(MilestoneWorkflows.standard(), DiagramFormat.MERMAID));
    String dot = WorkflowDiagrams.render(MilestoneWorkflows.standard(), DiagramFormat.DOT);
    assertEquals(28, dot.lines().filter(l -> l.contains("->")).count());
  }

  @Test
  void labelsAreEnglishWhateverTheLocale() {
    assertEquals(
        WorkflowDiagrams.render(STAGES, DiagramFormat.MERMAID),
        WorkflowDiagrams.render(
            STAGES, DiagramFormat.MERMAID, RenderOptions.defaults().withLocale(Locale.FRENCH)));
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester()
        .setDefault(Workflow.class, STAGES)
        .setDefault(RenderOptions.class, RenderOptions.defaults())
        .testAllPublicStaticMethods(WorkflowDiagrams.class);
  }
}
