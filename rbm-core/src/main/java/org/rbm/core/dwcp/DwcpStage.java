package org.rbm.core.dwcp;

/**
 * The stage of a DWCP's document: {@link #CONCEPT} → {@link #DRAFT} → {@link #FINAL}, the columns
 * of the paper's table of DWCP documents by region.
 */
public enum DwcpStage {
  /** A concept document. */
  CONCEPT,
  /** A draft document, which regional quality assurance reviews. */
  DRAFT,
  /** The final document. */
  FINAL
}
