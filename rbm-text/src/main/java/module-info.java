/**
 * Human-readable renderings of the RBM SDK's values: tables as plain text, Markdown and CSV,
 * workflow diagrams as Mermaid and DOT, and the CSV reader of the linkage matrix. The model in
 * {@code org.rbm.core} knows no format; every format a person reads lives here, as JSON lives in
 * {@code org.rbm.json}.
 */
module org.rbm.text {
  requires transitive org.rbm.core;
  requires static com.google.errorprone.annotations;

  exports org.rbm.text;
}
