package org.rbm.text;

/** The formats a diagram (a workflow's states and transitions) can be rendered in. */
public enum DiagramFormat {
  /** A Mermaid {@code stateDiagram-v2}, as GitHub renders it in Markdown. */
  MERMAID,
  /** A Graphviz DOT {@code digraph}. */
  DOT
}
