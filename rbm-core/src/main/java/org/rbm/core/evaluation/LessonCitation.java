package org.rbm.core.evaluation;

import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.Identifier;
import org.rbm.core.InvalidValueException;
import org.rbm.core.results.ResultId;

/**
 * Who cites which lesson learned: a Strategic Policy Framework, a P&amp;B outcome strategy or a
 * Decent Work Country Programme, by a reference in the identifier form.
 *
 * <pre>{@code
 * LessonCitation c = LessonCitation.builder()
 *     .lesson(LessonId.of("L-2007-03"))
 *     .citedBy(LessonCitation.Citer.DWCP)
 *     .citerReference("KHM")
 *     .build();
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@Immutable
public abstract class LessonCitation implements WithLessonCitation {
  /** The kinds of document that cite lessons. */
  public enum Citer {
    /** A Strategic Policy Framework, by its document id such as {@code SPF-2010-15}. */
    SPF,
    /** The strategy of a P&amp;B outcome, by the outcome's result id. */
    OUTCOME_STRATEGY,
    /** A Decent Work Country Programme, by a country or DWCP reference. */
    DWCP
  }

  LessonCitation() {}

  /**
   * Returns the lesson cited.
   *
   * @return its id
   */
  public abstract LessonId lesson();

  /**
   * Returns the kind of document that cites it.
   *
   * @return the kind
   */
  public abstract Citer citedBy();

  /**
   * Returns the document that cites it.
   *
   * @return its reference, in the form of {@link Identifier}
   */
  public abstract String citerReference();

  @Check
  final void check() {
    try {
      // The same form as every identifier; ResultId checks it.
      ResultId unused = ResultId.of(citerReference());
    } catch (InvalidValueException e) {
      throw new InvalidValueException("citerReference", citerReference(), Identifier.EXPECTED_FORM);
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code build()} throws {@link InvalidValueException} if an attribute is
   *     missing or the reference is not in the identifier form
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LessonCitation}: set the lesson, the citer and its reference. Not thread-safe. */
  public static final class Builder extends ImmutableLessonCitation.Builder {
    Builder() {}
  }
}
