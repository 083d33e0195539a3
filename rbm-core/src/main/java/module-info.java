/**
 * The RBM SDK's domain model: results frameworks, indicators, periods, and (in later packages) the
 * rules engine, progress measurement, milestones and strategies. Knows no JSON library.
 */
module org.rbm.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  // The Immutables and Error Prone annotations (class retention) sit on public types and members
  // (@CheckReturnValue on every exported package, @CanIgnoreReturnValue on builders), so code
  // compiled against this module must see them; at run time nothing needs them. java.compiler is
  // used only by generated code.
  requires static transitive org.immutables.value.annotations;
  requires static transitive com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.rbm.core;
  exports org.rbm.core.period;
  exports org.rbm.core.indicators;
  exports org.rbm.core.results;
  exports org.rbm.core.milestones;
  exports org.rbm.core.workflow;
  exports org.rbm.core.rules;
  exports org.rbm.core.progress;
  exports org.rbm.core.strategies;
  exports org.rbm.core.money;
  exports org.rbm.core.cycle;
  exports org.rbm.core.evaluation;
  exports org.rbm.core.dwcp;
  exports org.rbm.core.internal to org.rbm.json, org.rbm.testkit;
}
