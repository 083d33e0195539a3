package org.rbm.core.results;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Indicator;

/**
 * A result of a results framework, on one level of its scheme: a strategic objective, an outcome,
 * an immediate outcome, an output. Results form a tree through their {@linkplain #parent() parent};
 * the {@link ResultsFramework} that holds them checks that every parent exists and sits exactly one
 * level up.
 *
 * <pre>{@code
 * Result oc = Result.builder()
 *     .id(ResultId.of("OC1a"))
 *     .level("outcome")
 *     .title("Standards and fundamental principles and rights at work are realized")
 *     .parent(ResultId.of("SO1"))
 *     .addExternalReference(ExternalReference.of("SDG", "8.7"))
 *     .build();
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@Immutable
public abstract class Result implements WithResult {
  Result() {}

  /**
   * Returns the identifier, unique within the framework.
   *
   * @return the id
   */
  public abstract ResultId id();

  /**
   * Returns the name of the result's level in the framework's scheme, such as {@code outcome}.
   *
   * @return the level
   */
  public abstract String level();

  /**
   * Returns the title: the change the result describes.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns a longer description.
   *
   * @return the description, if given
   */
  public abstract Optional<String> description();

  /**
   * Returns the result one level up that this result contributes to.
   *
   * @return the parent's id; empty for a root
   */
  public abstract Optional<ResultId> parent();

  /**
   * Returns the assumptions and risks on which the result depends.
   *
   * @return the assumptions, in the order given
   */
  public abstract ImmutableList<String> assumptions();

  /**
   * Returns references to external vocabularies, such as SDG targets.
   *
   * @return the references, in the order given
   */
  public abstract ImmutableList<ExternalReference> externalReferences();

  /**
   * Returns the indicators that measure this result.
   *
   * @return the indicators, in the order given
   */
  public abstract ImmutableList<Indicator> indicators();

  /**
   * Tells whether the result is suitable for aggregation: whether its indicators' values may be
   * added up with those of other results, across activities or frameworks. IATI calls this the
   * result's {@code aggregation-status}.
   *
   * @return {@code true} if suitable, {@code false} if not, empty if not stated
   */
  public abstract Optional<Boolean> suitableForAggregation();

  @Check
  final void check() {
    if (title().isBlank()) {
      throw new InvalidValueException("title", title(), "a title that is not blank");
    }
    if (parent().filter(id()::equals).isPresent()) {
      throw new InvalidValueException("parent", id(), "a result other than the result itself");
    }
    for (int k = 0; k < externalReferences().size(); k++) {
      ExternalReference ref = externalReferences().get(k);
      if (ref.indicatorUri().isPresent()) {
        throw new InvalidValueException("externalReferences[" + k + "].indicatorUri",
            ref.indicatorUri().get(), "no indicator URI on a result's reference (an indicator's"
                + " reference may have one)");
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if the id, the
   *     level or the title is missing
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Result}: set its id, level and title, and any of the description, the parent,
   * the assumptions, the external references and the indicators, then call {@code build()}, which
   * throws {@link InvalidValueException} naming the attribute that is missing, or the invariant
   * that is broken (a blank title, a result that is its own parent).
   *
   * <p>For a list attribute such as {@code indicators}, {@code addIndicator} adds one element,
   * {@code addIndicators} several, {@code addAllIndicators} an {@code Iterable} of them, and
   * {@code indicators(Iterable)} replaces those added so far.
   *
   * <p>Each method that sets an attribute returns this builder. {@code from(..)} starts from an
   * existing value, which is how to change several attributes at once. A builder is not
   * thread-safe; the value it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableResult.Builder {
    Builder() {}
  }
}
