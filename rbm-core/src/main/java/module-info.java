/**
 * The RBM SDK's domain model: results frameworks, indicators, periods, and (in later packages) the
 * rules engine, progress measurement, milestones and strategies. Knows no JSON library.
 */
module org.rbm.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  // Compile-time only: the Immutables annotations (transitive because they annotate public types;
  // static, so applications need not have them), and the annotations its generated code carries.
  requires static transitive org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.rbm.core;
  exports org.rbm.core.period;
  exports org.rbm.core.indicators;
  exports org.rbm.core.results;
}
