package org.rbm.text;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.rbm.core.workflow.Rule;
import org.rbm.core.workflow.Workflow;

/**
 * Draws any {@link Workflow} as a state diagram, for documentation: one node per state its rules
 * mention, one arrow per permit labelled with the kind of event and its guard in brackets ({@code
 * defer [later due]}), and the ignored events shown apart.
 *
 * <pre>{@code
 * String mermaid = WorkflowDiagrams.render(MilestoneWorkflows.standard(), DiagramFormat.MERMAID);
 * Files.writeString(Path.of("milestone-states.mmd"), mermaid);
 * }</pre>
 *
 * <ul>
 *   <li>{@link DiagramFormat#MERMAID}: a {@code stateDiagram-v2} with a {@code state "label" as
 *       NAME} line per state, a {@code FROM --> TO : label} line per permit, and a {@code note right
 *       of STATE : ignores event} line per ignore.
 *   <li>{@link DiagramFormat#DOT}: a {@code digraph} named after the enum of states (less a final
 *       {@code State}, in lower case: {@code milestone} for {@code MilestoneState}), laid out left
 *       to right, with a dashed loop labelled {@code (ignored)} per ignore.
 * </ul>
 *
 * <p>States and kinds of event are labelled in words in the options' locale ({@link Words}: {@code
 * en cours} for {@code IN_PROGRESS} in French); a workflow's own states and events the SDK has no
 * words for get {@link Workflow#label(Enum)} and {@link Workflow#label(Class)}. Node names stay
 * the constants' names, and guards' labels and the words {@code ignores}/{@code (ignored)} stay
 * English. Linear in the number of rules. Thread-safe.
 */
public final class WorkflowDiagrams {
  private WorkflowDiagrams() {}

  /**
   * Renders a workflow with the default options.
   *
   * @param workflow the workflow
   * @param format the format
   * @return the diagram's source text, ending with a line break
   */
  public static String render(Workflow<?, ?, ?> workflow, DiagramFormat format) {
    return render(workflow, format, RenderOptions.defaults());
  }

  /**
   * Renders a workflow.
   *
   * @param workflow the workflow
   * @param format the format
   * @param options the options; diagrams use none of them yet (labels are English)
   * @return the diagram's source text, ending with a line break
   */
  public static String render(
      Workflow<?, ?, ?> workflow, DiagramFormat format, RenderOptions options) {
    requireNonNull(workflow, "workflow");
    requireNonNull(format, "format");
    requireNonNull(options, "options");
    return switch (format) {
      case MERMAID -> mermaid(workflow, Words.in(options.locale()));
      case DOT -> dot(workflow, Words.in(options.locale()));
    };
  }

  private static String mermaid(Workflow<?, ?, ?> workflow, Words words) {
    StringBuilder s = new StringBuilder("stateDiagram-v2\n");
    for (Enum<?> state : workflow.states()) {
      s.append("    state \"").append(words.of(state)).append("\" as ")
          .append(state.name()).append('\n');
    }
    for (Rule<?, ?, ?> r : workflow.rules()) {
      if (!r.isIgnored()) {
        s.append("    ").append(r.from().name()).append(" --> ").append(r.to().name())
            .append(" : ").append(label(r, words)).append('\n');
      }
    }
    for (Rule<?, ?, ?> r : workflow.rules()) {
      if (r.isIgnored()) {
        s.append("    note right of ").append(r.from().name()).append(" : ignores ")
            .append(words.ofKind(r.event())).append('\n');
      }
    }
    return s.toString();
  }

  private static String dot(Workflow<?, ?, ?> workflow, Words words) {
    StringBuilder s = new StringBuilder("digraph ").append(graphName(workflow)).append(" {\n");
    s.append("  rankdir=LR;\n");
    s.append("  node [shape=box, style=rounded];\n");
    for (Enum<?> state : workflow.states()) {
      s.append("  ").append(state.name()).append(" [label=\"").append(words.of(state))
          .append("\"];\n");
    }
    for (Rule<?, ?, ?> r : workflow.rules()) {
      s.append("  ").append(r.from().name()).append(" -> ").append(r.to().name());
      if (r.isIgnored()) {
        s.append(" [label=\"").append(words.ofKind(r.event()))
            .append(" (ignored)\", style=dashed];\n");
      } else {
        s.append(" [label=\"").append(label(r, words)).append("\"];\n");
      }
    }
    return s.append("}\n").toString();
  }

  /** {@code MilestoneState} gives {@code milestone}; {@code Stage} gives {@code stage}. */
  static String graphName(Workflow<?, ?, ?> workflow) {
    String name = workflow.stateType().getSimpleName();
    if (name.endsWith("State") && name.length() > "State".length()) {
      name = name.substring(0, name.length() - "State".length());
    }
    return name.toLowerCase(Locale.ROOT);
  }

  private static String label(Rule<?, ?, ?> r, Words words) {
    return words.ofKind(r.event()) + r.guard().map(g -> " [" + g.label() + "]").orElse("");
  }
}
