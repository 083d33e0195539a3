package org.rbm.core.cycle;

import static java.util.Objects.requireNonNull;

import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.StrategyId;

/**
 * One thing an {@link Amendment} changes in a Strategic Policy Framework: a result, an indicator, a
 * target, a high-level strategy, an evaluation lesson or the vision. One record per kind.
 *
 * <pre>{@code
 * SpfChange drop = SpfChange.removeIndicator(IndicatorId.of("IND-9"));
 * SpfChange raise = SpfChange.changeTarget(
 *     IndicatorId.of("IND-1"), DateRange.ofYear(2011), DataPoint.of(Value.of(45)));
 * }</pre>
 *
 * <p>A change is applied to the SPF as it stood before it ({@link StrategicPolicyFramework#asOf});
 * one that cannot apply there (removing a result that does not exist, adding an id already used) is
 * refused when the SPF is built. Its {@code toString()} names the change briefly, such as {@code
 * remove indicator IND-9}, for messages. Immutable and thread-safe.
 */
public sealed interface SpfChange {

  /**
   * Adds a result at the end of the framework's results.
   *
   * @param result the result; its id is not yet in the SPF and its parent, if any, is
   */
  record AddResult(Result result) implements SpfChange {
    /**
     * Creates the change.
     *
     * @param result the result to add
     */
    public AddResult {
      requireNonNull(result, "result");
    }

    @Override
    public String toString() {
      return "add result " + result.id();
    }
  }

  /**
   * Replaces the result with the same id, in its place, indicators included.
   *
   * @param result the new version of the result
   */
  record ReplaceResult(Result result) implements SpfChange {
    /**
     * Creates the change.
     *
     * @param result the new version of the result
     */
    public ReplaceResult {
      requireNonNull(result, "result");
    }

    @Override
    public String toString() {
      return "replace result " + result.id();
    }
  }

  /**
   * Removes a result and its indicators; a result with results below it cannot be removed before
   * them.
   *
   * @param id the result's id
   */
  record RemoveResult(ResultId id) implements SpfChange {
    /**
     * Creates the change.
     *
     * @param id the id of the result to remove
     */
    public RemoveResult {
      requireNonNull(id, "id");
    }

    @Override
    public String toString() {
      return "remove result " + id;
    }
  }

  /**
   * Adds an indicator to a result, after its other indicators.
   *
   * @param result the result's id
   * @param indicator the indicator; its id is not yet in the SPF
   */
  record AddIndicator(ResultId result, Indicator indicator) implements SpfChange {
    /**
     * Creates the change.
     *
     * @param result the result's id
     * @param indicator the indicator to add
     */
    public AddIndicator {
      requireNonNull(result, "result");
      requireNonNull(indicator, "indicator");
    }

    @Override
    public String toString() {
      return "add indicator " + indicator.id() + " to " + result;
    }
  }

  /**
   * Replaces the indicator with the same id, in its place.
   *
   * @param indicator the new version of the indicator
   */
  record ReplaceIndicator(Indicator indicator) implements SpfChange {
    /**
     * Creates the change.
     *
     * @param indicator the new version of the indicator
     */
    public ReplaceIndicator {
      requireNonNull(indicator, "indicator");
    }

    @Override
    public String toString() {
      return "replace indicator " + indicator.id();
    }
  }

  /**
   * Removes an indicator from the result it measures.
   *
   * @param id the indicator's id
   */
  record RemoveIndicator(IndicatorId id) implements SpfChange {
    /**
     * Creates the change.
     *
     * @param id the id of the indicator to remove
     */
    public RemoveIndicator {
      requireNonNull(id, "id");
    }

    @Override
    public String toString() {
      return "remove indicator " + id;
    }
  }

  /**
   * Sets a target of an indicator in one of its reporting periods: the target with the same
   * breakdown and location is replaced, or added if there was none.
   *
   * @param indicator the indicator's id
   * @param period the reporting period, one the indicator has
   * @param target the new target
   */
  record ChangeTarget(IndicatorId indicator, DateRange period, DataPoint target)
      implements SpfChange {
    /**
     * Creates the change.
     *
     * @param indicator the indicator's id
     * @param period the reporting period
     * @param target the new target
     */
    public ChangeTarget {
      requireNonNull(indicator, "indicator");
      requireNonNull(period, "period");
      requireNonNull(target, "target");
    }

    @Override
    public String toString() {
      return "change target of " + indicator + " in " + period;
    }
  }

  /**
   * Adds a high-level strategy at the end of the list.
   *
   * @param strategy the strategy; its id is not yet in the SPF
   */
  record AddStrategy(HighLevelStrategy strategy) implements SpfChange {
    /**
     * Creates the change.
     *
     * @param strategy the strategy to add
     */
    public AddStrategy {
      requireNonNull(strategy, "strategy");
    }

    @Override
    public String toString() {
      return "add strategy " + strategy.id();
    }
  }

  /**
   * Replaces the text of a high-level strategy.
   *
   * @param id the strategy's id
   * @param text the new text, not blank
   */
  record AmendStrategyText(StrategyId id, String text) implements SpfChange {
    /**
     * Creates the change.
     *
     * @param id the strategy's id
     * @param text the new text
     * @throws InvalidValueException if the text is blank
     */
    public AmendStrategyText {
      requireNonNull(id, "id");
      requireNonNull(text, "text");
      if (text.isBlank()) {
        throw new InvalidValueException("text", text, "a text that is not blank");
      }
    }

    @Override
    public String toString() {
      return "amend the text of strategy " + id;
    }
  }

  /**
   * Removes a high-level strategy.
   *
   * @param id the strategy's id
   */
  record RemoveStrategy(StrategyId id) implements SpfChange {
    /**
     * Creates the change.
     *
     * @param id the id of the strategy to remove
     */
    public RemoveStrategy {
      requireNonNull(id, "id");
    }

    @Override
    public String toString() {
      return "remove strategy " + id;
    }
  }

  /**
   * Adds an evaluation lesson at the end of the list.
   *
   * @param lesson the lesson, not blank
   */
  record AddEvaluationLesson(String lesson) implements SpfChange {
    /**
     * Creates the change.
     *
     * @param lesson the lesson
     * @throws InvalidValueException if the lesson is blank
     */
    public AddEvaluationLesson {
      requireNonNull(lesson, "lesson");
      if (lesson.isBlank()) {
        throw new InvalidValueException("lesson", lesson, "a lesson that is not blank");
      }
    }

    @Override
    public String toString() {
      return "add an evaluation lesson";
    }
  }

  /**
   * Replaces the vision statement.
   *
   * @param vision the new vision, not blank
   */
  record ReviseVision(String vision) implements SpfChange {
    /**
     * Creates the change.
     *
     * @param vision the new vision
     * @throws InvalidValueException if the vision is blank
     */
    public ReviseVision {
      requireNonNull(vision, "vision");
      if (vision.isBlank()) {
        throw new InvalidValueException("vision", vision, "a vision that is not blank");
      }
    }

    @Override
    public String toString() {
      return "revise the vision";
    }
  }

  /**
   * Returns a change that adds a result.
   *
   * @param result the result
   * @return the change
   */
  static SpfChange addResult(Result result) {
    return new AddResult(result);
  }

  /**
   * Returns a change that replaces the result with the same id.
   *
   * @param result the new version
   * @return the change
   */
  static SpfChange replaceResult(Result result) {
    return new ReplaceResult(result);
  }

  /**
   * Returns a change that removes a result.
   *
   * @param id the result's id
   * @return the change
   */
  static SpfChange removeResult(ResultId id) {
    return new RemoveResult(id);
  }

  /**
   * Returns a change that adds an indicator to a result.
   *
   * @param result the result's id
   * @param indicator the indicator
   * @return the change
   */
  static SpfChange addIndicator(ResultId result, Indicator indicator) {
    return new AddIndicator(result, indicator);
  }

  /**
   * Returns a change that replaces the indicator with the same id.
   *
   * @param indicator the new version
   * @return the change
   */
  static SpfChange replaceIndicator(Indicator indicator) {
    return new ReplaceIndicator(indicator);
  }

  /**
   * Returns a change that removes an indicator.
   *
   * @param id the indicator's id
   * @return the change
   */
  static SpfChange removeIndicator(IndicatorId id) {
    return new RemoveIndicator(id);
  }

  /**
   * Returns a change that sets a target of an indicator in one of its periods.
   *
   * @param indicator the indicator's id
   * @param period the reporting period
   * @param target the new target
   * @return the change
   */
  static SpfChange changeTarget(IndicatorId indicator, DateRange period, DataPoint target) {
    return new ChangeTarget(indicator, period, target);
  }

  /**
   * Returns a change that adds a high-level strategy.
   *
   * @param strategy the strategy
   * @return the change
   */
  static SpfChange addStrategy(HighLevelStrategy strategy) {
    return new AddStrategy(strategy);
  }

  /**
   * Returns a change that replaces a strategy's text.
   *
   * @param id the strategy's id
   * @param text the new text
   * @return the change
   * @throws InvalidValueException if the text is blank
   */
  static SpfChange amendStrategyText(StrategyId id, String text) {
    return new AmendStrategyText(id, text);
  }

  /**
   * Returns a change that removes a high-level strategy.
   *
   * @param id the strategy's id
   * @return the change
   */
  static SpfChange removeStrategy(StrategyId id) {
    return new RemoveStrategy(id);
  }

  /**
   * Returns a change that adds an evaluation lesson.
   *
   * @param lesson the lesson
   * @return the change
   * @throws InvalidValueException if the lesson is blank
   */
  static SpfChange addEvaluationLesson(String lesson) {
    return new AddEvaluationLesson(lesson);
  }

  /**
   * Returns a change that replaces the vision statement.
   *
   * @param vision the new vision
   * @return the change
   * @throws InvalidValueException if the vision is blank
   */
  static SpfChange reviseVision(String vision) {
    return new ReviseVision(vision);
  }
}
