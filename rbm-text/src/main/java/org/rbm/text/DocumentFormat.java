package org.rbm.text;

/** The formats a document (a report of several sections, tables and charts) can be rendered in. */
public enum DocumentFormat {
  /** GitHub-flavoured Markdown, lines ending with {@code \n}; no charts. */
  MARKDOWN,
  /**
   * One self-contained HTML page: well-formed XHTML with inline CSS and charts drawn as inline SVG,
   * no scripts, no external assets; lines ending with {@code \n}.
   */
  HTML
}
