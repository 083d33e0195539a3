package org.rbm.core.cycle;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.results.ResultId;

/**
 * What the Office writes about one outcome for the biennial implementation report, beside the
 * figures the SDK computes: its own contribution stated apart from that of constituents and
 * partners, the difficulties met and the lessons learned (GB.300/PFA/9/1, paragraphs 58-62).
 *
 * <pre>{@code
 * OutcomeNarrative n = OutcomeNarrative.builder()
 *     .outcome(ResultId.of("IO2a.1"))
 *     .officeContribution("Policy advice and capacity building in 14 countries")
 *     .partnersContribution("Ministries of labour led the national employment policies")
 *     .addDifficulties("Late release of extra-budgetary funds")
 *     .addLessons("Joint UN programming reached more countries")
 *     .build();
 * }</pre>
 *
 * <p>Invariant checked when built: no text is blank. Immutable and thread-safe.
 */
@Immutable
public abstract class OutcomeNarrative implements WithOutcomeNarrative {
  OutcomeNarrative() {}

  /**
   * Returns the outcome the narrative is about.
   *
   * @return the immediate outcome's id
   */
  public abstract ResultId outcome();

  /**
   * Returns what the Office itself did towards the outcome.
   *
   * @return the Office's contribution
   */
  public abstract String officeContribution();

  /**
   * Returns what constituents and partners did towards the outcome, stated apart from the
   * Office's contribution.
   *
   * @return the contribution of constituents and partners
   */
  public abstract String partnersContribution();

  /**
   * Returns the difficulties met.
   *
   * @return the difficulties, in the order given
   */
  public abstract ImmutableList<String> difficulties();

  /**
   * Returns the lessons learned.
   *
   * @return the lessons, in the order given
   */
  public abstract ImmutableList<String> lessons();

  @Check
  final void check() {
    requireText("officeContribution", officeContribution());
    requireText("partnersContribution", partnersContribution());
    for (int i = 0; i < difficulties().size(); i++) {
      requireText("difficulties[" + i + "]", difficulties().get(i));
    }
    for (int i = 0; i < lessons().size(); i++) {
      requireText("lessons[" + i + "]", lessons().get(i));
    }
  }

  private static void requireText(String field, String text) {
    if (text.isBlank()) {
      throw new InvalidValueException(field, text, "a text that is not blank");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if the outcome
   *     or a contribution is missing, or a text is blank
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutcomeNarrative}. */
  public static final class Builder extends ImmutableOutcomeNarrative.Builder {
    Builder() {}
  }
}
