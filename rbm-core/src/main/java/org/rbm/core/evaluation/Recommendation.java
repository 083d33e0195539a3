package org.rbm.core.evaluation;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;

/**
 * A recommendation of an evaluation: what it recommends, to whom, management's response, and the
 * follow-up actions planned for it once accepted (in full or in part).
 *
 * <pre>{@code
 * Recommendation r1 = Recommendation.builder()
 *     .id(RecommendationId.of("R1"))
 *     .text("Issue guidelines on the follow-up of evaluations")
 *     .addressee("Evaluation Unit")
 *     .response(accepted)
 *     .addActions(guidelines)
 *     .build();
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@Immutable
public abstract class Recommendation implements WithRecommendation {
  Recommendation() {}

  /**
   * Returns the identifier, unique within the evaluation.
   *
   * @return the id
   */
  public abstract RecommendationId id();

  /**
   * Returns what is recommended.
   *
   * @return the text, not blank
   */
  public abstract String text();

  /**
   * Returns to whom the recommendation is addressed: a unit, an office, the Governing Body.
   *
   * @return the addressee, not blank
   */
  public abstract String addressee();

  /**
   * Returns management's response.
   *
   * @return the response; empty while none has been given
   */
  public abstract Optional<ManagementResponse> response();

  /**
   * Returns the follow-up actions; only a recommendation accepted in full or in part has any.
   *
   * @return the actions, in the order given
   */
  public abstract ImmutableList<FollowUpAction> actions();

  /**
   * Tells whether management accepted the recommendation, in full or in part.
   *
   * @return whether there is a response that calls for actions
   */
  public boolean isAccepted() {
    return response().filter(r -> r.decision().callsForActions()).isPresent();
  }

  @Check
  final void check() {
    if (text().isBlank()) {
      throw new InvalidValueException("text", text(), "a text that is not blank");
    }
    if (addressee().isBlank()) {
      throw new InvalidValueException("addressee", addressee(), "an addressee that is not blank");
    }
    if (!actions().isEmpty() && !isAccepted()) {
      throw new InvalidValueException(
          "actions",
          actions().size() + " actions",
          "no action for a recommendation that is not accepted (response: "
              + response().map(r -> r.decision().name()).orElse("none") + ")");
    }
    Set<ActionId> seen = new HashSet<>();
    for (int i = 0; i < actions().size(); i++) {
      FollowUpAction a = actions().get(i);
      if (!seen.add(a.id())) {
        throw new InvalidValueException("actions[" + i + "].id", a.id(), "an id not used before");
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code build()} throws {@link InvalidValueException} if the id, the text or
   *     the addressee is missing or blank, or actions are given without an accepting response
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Recommendation}: set its id, text and addressee, and optionally the response
   * and the actions ({@code addActions}, {@code addAllActions}). Not thread-safe.
   */
  public static final class Builder extends ImmutableRecommendation.Builder {
    Builder() {}
  }
}
