package org.rbm.testkit;

import static java.util.Objects.requireNonNull;

import org.quicktheories.core.Mod;
import org.quicktheories.core.RandomnessSource;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultsFramework;

/**
 * A targeted change to a valid framework, such as removing one indicator's baseline or moving one
 * target outside the planning period: the building block of deliberately broken frameworks, each
 * breaking exactly one quality rule. It is a QuickTheories {@link Mod}, so it also works with
 * {@code Gen.mutate}; choices it draws from the randomness shrink like the rest.
 *
 * <pre>{@code
 * FrameworkMutation dropBaseline =
 *     FrameworkMutation.onSomeIndicator((indicator, in) -> indicator.withBaseline(Optional.empty()));
 * Gen<ResultsFramework> broken = RbmGen.frameworks().mutatedBy(dropBaseline);
 * }</pre>
 *
 * <p>A mutation must return a framework that still builds (construction invariants hold); it
 * breaks rules of the rules engine, not of the model. Catalogues of mutations, one per quality
 * rule, live next to the rules they break; {@link FrameworkEdits} has the edits they are made of.
 */
@FunctionalInterface
public interface FrameworkMutation extends Mod<ResultsFramework, ResultsFramework> {

  /**
   * Changes the framework.
   *
   * @param valid the framework to change, valid
   * @param in the randomness to draw choices from
   * @return the changed framework
   */
  @Override
  ResultsFramework apply(ResultsFramework valid, RandomnessSource in);

  /**
   * Returns the mutation that applies this one, then {@code next}.
   *
   * @param next the mutation applied second
   * @return the combined mutation
   */
  default FrameworkMutation andThen(FrameworkMutation next) {
    requireNonNull(next, "next");
    return (valid, in) -> next.apply(apply(valid, in), in);
  }

  /**
   * Returns the mutation that changes one indicator, drawn from the framework's indicators.
   *
   * @param edit the change to the indicator; it keeps the indicator's id
   * @return the mutation; applied to a framework without indicators, it throws {@link
   *     org.rbm.core.InvalidValueException} (generate frameworks with indicators to use it)
   */
  static FrameworkMutation onSomeIndicator(Mod<Indicator, Indicator> edit) {
    requireNonNull(edit, "edit");
    return (valid, in) -> {
      Indicator chosen = FrameworkEdits.someIndicator(valid, in);
      return FrameworkEdits.replaceIndicator(valid, chosen.id(), i -> edit.apply(i, in));
    };
  }

  /**
   * Returns the mutation that changes one result, drawn from the framework's results.
   *
   * @param edit the change to the result; it keeps the result's id
   * @return the mutation; applied to a framework without results, it throws {@link
   *     org.rbm.core.InvalidValueException} (generate frameworks with results to use it)
   */
  static FrameworkMutation onSomeResult(Mod<Result, Result> edit) {
    requireNonNull(edit, "edit");
    return (valid, in) -> {
      Result chosen = FrameworkEdits.someResult(valid, in);
      return FrameworkEdits.replaceResult(valid, chosen.id(), r -> edit.apply(r, in));
    };
  }
}
