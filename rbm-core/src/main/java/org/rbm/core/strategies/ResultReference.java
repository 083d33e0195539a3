package org.rbm.core.strategies;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;

/**
 * Refers to a result, optionally in a named results framework: {@code PB-2008-09/IO2a.1} is the
 * result {@code IO2a.1} of the framework {@code PB-2008-09}, and {@code IO2a.1} alone a result of
 * whichever framework the context gives.
 *
 * <p>{@link #toString()} prints {@code framework/result} (or {@code result}) and {@link #parse}
 * reads exactly that back: identifiers contain no {@code /}, so the form is unambiguous. Immutable
 * and thread-safe.
 */
public final class ResultReference implements Comparable<ResultReference> {
  private static final Comparator<@Nullable FrameworkId> BY_FRAMEWORK =
      Comparator.nullsFirst(Comparator.naturalOrder());

  private final @Nullable FrameworkId framework;
  private final ResultId result;

  private ResultReference(@Nullable FrameworkId framework, ResultId result) {
    this.framework = framework;
    this.result = result;
  }

  /**
   * Returns a reference to a result of the given framework.
   *
   * @param framework the framework that holds the result
   * @param result the result
   * @return the reference
   */
  public static ResultReference of(FrameworkId framework, ResultId result) {
    return new ResultReference(requireNonNull(framework, "framework"), requireNonNull(result, "result"));
  }

  /**
   * Returns a reference to a result, without naming its framework.
   *
   * @param result the result
   * @return the reference
   */
  public static ResultReference of(ResultId result) {
    return new ResultReference(null, requireNonNull(result, "result"));
  }

  /**
   * Reads a reference in the form {@code framework/result} or {@code result}, such as {@code
   * PB-2008-09/IO2a.1}; the result id follows the last {@code /}, since a framework id may hold
   * one ({@code GB-COH-123/4/OC1}).
   *
   * @param text the text to parse
   * @return the reference
   * @throws RbmParseException if the text has another form, or an identifier is not valid
   */
  public static ResultReference parse(CharSequence text) {
    String s = text.toString();
    // The last slash: a framework id may hold '/' (an IATI activity identifier), a result id not.
    int slash = s.lastIndexOf('/');
    try {
      if (slash < 0) {
        return of(ResultId.of(s));
      }
      return of(FrameworkId.of(s.substring(0, slash)), ResultId.of(s.substring(slash + 1)));
    } catch (InvalidValueException e) {
      throw new RbmParseException("result reference", text, e);
    }
  }

  /**
   * Returns the framework that holds the result.
   *
   * @return the framework's id, or empty when the context gives the framework
   */
  public Optional<FrameworkId> framework() {
    return Optional.ofNullable(framework);
  }

  /**
   * Returns the result referred to.
   *
   * @return the result's id
   */
  public ResultId result() {
    return result;
  }

  /** Orders references without a framework first, then by framework, then by result. */
  @Override
  public int compareTo(ResultReference other) {
    int byFramework = BY_FRAMEWORK.compare(framework, other.framework);
    return byFramework != 0 ? byFramework : result.compareTo(other.result);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ResultReference that
        && that.result.equals(result)
        && framework().equals(that.framework());
  }

  @Override
  public int hashCode() {
    return framework().hashCode() * 31 + result.hashCode();
  }

  /** Returns {@code framework/result}, or {@code result}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return framework == null ? result.toString() : framework + "/" + result;
  }
}
