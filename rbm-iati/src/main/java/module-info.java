/**
 * IATI 2.03 for the RBM SDK: the results part of IATI activity files read (streaming, safely,
 * leniently or validated against the official schema) into results frameworks, written back, and
 * checked by IATI's results rules. See {@link org.rbm.iati.IatiReader}, {@link
 * org.rbm.iati.IatiWriter} and {@link org.rbm.iati.IatiRules}.
 */
module org.rbm.iati {
  requires transitive org.rbm.core;
  requires transitive java.xml;
  // Compile time only: @CheckReturnValue on the exported package (class retention).
  requires static com.google.errorprone.annotations;

  exports org.rbm.iati;
}
