/**
 * Generators of valid RBM values for property-based tests with QuickTheories, and seeded samplers of
 * the same values for benchmarks and demos. Start from {@link org.rbm.testkit.RbmGen}.
 */
module org.rbm.testkit {
  requires transitive org.rbm.core;
  // QuickTheories is an automatic module (named after its jar): its Gen and RandomnessSource types
  // appear in this module's API.
  requires transitive quicktheories;
  // Compile time only: annotations that the Immutables-generated (internal) code carries.
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.rbm.testkit;
}
