package org.rbm.core.milestones;

/** Writes a transition table as diagram source text, for {@link TransitionTable}. */
final class TableDiagrams {
  private TableDiagrams() {}

  static String mermaid(TransitionTable table) {
    StringBuilder s = new StringBuilder("stateDiagram-v2\n");
    for (MilestoneState state : table.states()) {
      s.append("    state \"").append(state.label()).append("\" as ").append(state).append('\n');
    }
    for (TransitionRule r : table.rules()) {
      if (!r.isIgnored()) {
        s.append("    ").append(r.from()).append(" --> ").append(r.to()).append(" : ")
            .append(label(r)).append('\n');
      }
    }
    for (TransitionRule r : table.rules()) {
      if (r.isIgnored()) {
        s.append("    note right of ").append(r.from()).append(" : ignores ")
            .append(r.event().label()).append('\n');
      }
    }
    return s.toString();
  }

  static String dot(TransitionTable table) {
    StringBuilder s = new StringBuilder("digraph milestone {\n");
    s.append("  rankdir=LR;\n");
    s.append("  node [shape=box, style=rounded];\n");
    for (MilestoneState state : table.states()) {
      s.append("  ").append(state).append(" [label=\"").append(state.label()).append("\"];\n");
    }
    for (TransitionRule r : table.rules()) {
      s.append("  ").append(r.from()).append(" -> ").append(r.to());
      if (r.isIgnored()) {
        s.append(" [label=\"").append(r.event().label()).append(" (ignored)\", style=dashed];\n");
      } else {
        s.append(" [label=\"").append(label(r)).append("\"];\n");
      }
    }
    return s.append("}\n").toString();
  }

  private static String label(TransitionRule r) {
    return r.event().label() + r.guard().map(g -> " [" + g.label() + "]").orElse("");
  }
}
