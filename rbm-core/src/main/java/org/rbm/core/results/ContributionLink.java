package org.rbm.core.results;

import java.util.Optional;
import org.immutables.value.Value.Immutable;

/**
 * States that a result of this framework contributes to a result of another framework, such as a
 * Decent Work Country Programme outcome contributing to a global immediate outcome of the Programme
 * and Budget. The framework that holds the link checks that the contributing result exists; whether
 * the target exists can only be checked against the other framework (the rules engine does).
 *
 * <p>Immutable and thread-safe.
 */
@Immutable
public abstract class ContributionLink implements WithContributionLink {
  ContributionLink() {}

  /**
   * Returns the contributing result, in the framework that holds the link.
   *
   * @return the contributing result's id
   */
  public abstract ResultId source();

  /**
   * Returns the framework the link points to.
   *
   * @return the target framework's id
   */
  public abstract FrameworkId targetFramework();

  /**
   * Returns the result the link points to, in {@link #targetFramework()}.
   *
   * @return the target result's id
   */
  public abstract ResultId targetResult();

  /**
   * Returns a note on how the result contributes.
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  /**
   * Returns the link from {@code source} to {@code targetResult} in {@code targetFramework}, without
   * a note.
   *
   * @param source the contributing result
   * @param targetFramework the framework the link points to
   * @param targetResult the result the link points to
   * @return the link
   */
  public static ContributionLink of(
      ResultId source, FrameworkId targetFramework, ResultId targetResult) {
    return builder()
        .source(source)
        .targetFramework(targetFramework)
        .targetResult(targetResult)
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ContributionLink}: set the source result, the target framework and the target
   * result, and optionally a note, then call {@code build()}, which throws {@link
   * org.rbm.core.InvalidValueException} naming the attribute that is missing.
   *
   * <p>Each method that sets an attribute returns this builder. {@code from(..)} starts from an
   * existing value, which is how to change several attributes at once. A builder is not
   * thread-safe; the value it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableContributionLink.Builder {
    Builder() {}
  }
}
