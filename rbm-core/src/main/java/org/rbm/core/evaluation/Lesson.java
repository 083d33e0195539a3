package org.rbm.core.evaluation;

import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;

/**
 * A lesson learned from an evaluation, a first-class item that plans cite ({@link
 * LessonCitation}).
 *
 * <pre>{@code
 * Lesson l = Lesson.builder()
 *     .id(LessonId.of("L-2007-03"))
 *     .text("Tripartite ownership is built in the design phase, not at validation")
 *     .source(EvaluationId.of("IEE-2007-01"))
 *     .build();
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@Immutable
public abstract class Lesson implements WithLesson {
  Lesson() {}

  /**
   * Returns the identifier, unique among the lessons of all evaluations.
   *
   * @return the id
   */
  public abstract LessonId id();

  /**
   * Returns the lesson.
   *
   * @return the text, not blank
   */
  public abstract String text();

  /**
   * Returns the evaluation the lesson comes from.
   *
   * @return its id
   */
  public abstract EvaluationId source();

  @Check
  final void check() {
    if (text().isBlank()) {
      throw new InvalidValueException("text", text(), "a text that is not blank");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code build()} throws {@link InvalidValueException} if an attribute is
   *     missing or the text is blank
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Lesson}: set its id, text and source. Not thread-safe. */
  public static final class Builder extends ImmutableLesson.Builder {
    Builder() {}
  }
}
