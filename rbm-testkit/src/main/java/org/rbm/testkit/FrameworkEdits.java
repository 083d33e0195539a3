package org.rbm.testkit;

import com.google.common.collect.ImmutableList;
import java.util.function.UnaryOperator;
import org.quicktheories.core.RandomnessSource;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.testkit.internal.Draw;

/**
 * Edits of a framework that {@link FrameworkMutation}s are made of: draw a result or an indicator,
 * replace one (through {@link ResultsFramework#updateResult} and {@link
 * ResultsFramework#updateIndicator}). Each edit returns a new framework and takes time linear in the framework's size.
 *
 * <pre>{@code
 * ResultsFramework changed = FrameworkEdits.replaceIndicator(
 *     framework, IndicatorId.of("IND-3"), i -> i.withUnit("staff"));
 * }</pre>
 */
public final class FrameworkEdits {
  private FrameworkEdits() {}

  /**
   * Draws one of the framework's results, shrinking towards the first in tree order.
   *
   * @param framework the framework
   * @param in the randomness
   * @return a result
   * @throws InvalidValueException if the framework has no result
   */
  public static Result someResult(ResultsFramework framework, RandomnessSource in) {
    ImmutableList<Result> results = framework.resultsInTreeOrder();
    if (results.isEmpty()) {
      throw new InvalidValueException("results", "none", "a framework with a result to choose");
    }
    return Draw.pick(in, results);
  }

  /**
   * Draws one of the framework's indicators, shrinking towards the first in tree order.
   *
   * @param framework the framework
   * @param in the randomness
   * @return an indicator
   * @throws InvalidValueException if the framework has no indicator
   */
  public static Indicator someIndicator(ResultsFramework framework, RandomnessSource in) {
    ImmutableList<Indicator> indicators = framework.indicators();
    if (indicators.isEmpty()) {
      throw new InvalidValueException(
          "indicators", "none", "a framework with an indicator to choose");
    }
    return Draw.pick(in, indicators);
  }

  /**
   * Returns the framework with one result replaced by its edited form, at the same place.
   *
   * @param framework the framework
   * @param id the result's id
   * @param edit the change
   * @return the changed framework
   * @throws InvalidValueException if the framework has no result with that id, or the changed
   *     framework breaks an invariant of the model
   */
  public static ResultsFramework replaceResult(
      ResultsFramework framework, ResultId id, UnaryOperator<Result> edit) {
    return framework.updateResult(id, edit);
  }


  /**
   * Returns the framework with one indicator replaced by its edited form, at the same place.
   *
   * @param framework the framework
   * @param id the indicator's id
   * @param edit the change
   * @return the changed framework
   * @throws InvalidValueException if the framework has no indicator with that id, or the changed
   *     framework breaks an invariant of the model
   */
  public static ResultsFramework replaceIndicator(
      ResultsFramework framework, IndicatorId id, UnaryOperator<Indicator> edit) {
    return framework.updateIndicator(id, edit);
  }

}
