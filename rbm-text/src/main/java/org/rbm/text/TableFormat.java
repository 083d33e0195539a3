package org.rbm.text;

/** The formats a table can be rendered in. */
public enum TableFormat {
  /** Aligned plain text, lines ending with {@code \n}, for a terminal or a log. */
  PLAIN_TEXT,
  /** A GitHub-flavoured Markdown table, lines ending with {@code \n}. */
  MARKDOWN,
  /** RFC 4180 CSV, records ending with CRLF, for a spreadsheet. */
  CSV
}
