package org.rbm.core.indicators;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Default;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.ExternalReference;

/**
 * An indicator of a result: what is measured and how, its baseline, and its targets and actuals per
 * reporting period.
 *
 * <pre>{@code
 * Indicator dwcps = Indicator.builder()
 *     .id(IndicatorId.of("IND-1"))
 *     .title("Member States with a Decent Work Country Programme")
 *     .measure(Measure.COUNT)
 *     .unit("countries")
 *     .direction(Direction.INCREASE)
 *     .cumulative(true)
 *     .baseline(Baseline.of(Value.of(30), LocalDate.of(2007, 11, 1)))
 *     .addPeriod(IndicatorPeriod.builder()
 *         .period(DateRange.of(LocalDate.of(2008, 1, 1), LocalDate.of(2009, 12, 31)))
 *         .addTarget(DataPoint.of(Value.of(50)))
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Invariants checked when built: every value (baseline, targets, actuals) is of a kind the
 * {@linkplain #measure() measure} accepts (text for qualitative indicators, numbers for the others);
 * every breakdown uses only the indicator's declared {@linkplain #disaggregationDimensions()
 * dimensions}, and only the declared {@linkplain #dimensionCategories() categories} of a dimension
 * that declares them. Quality rules that go further (a baseline present, targets inside the planning
 * period, periods that do not overlap) are checked by the rules engine, not here. Immutable and
 * thread-safe.
 */
@Immutable
public abstract class Indicator implements WithIndicator {
  Indicator() {}

  /**
   * Returns the identifier, unique within the framework.
   *
   * @return the id
   */
  public abstract IndicatorId id();

  /**
   * Returns the title, such as {@code Member States with a Decent Work Country Programme}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the definition: what exactly is counted and how.
   *
   * @return the definition, if given
   */
  public abstract Optional<String> definition();

  /**
   * Returns what the indicator measures.
   *
   * @return the measure
   */
  public abstract Measure measure();

  /**
   * Returns the unit of measure, such as {@code countries} or {@code USD}.
   *
   * @return the unit, if given
   */
  public abstract Optional<String> unit();

  /**
   * Returns the direction in which the indicator improves.
   *
   * @return the direction, if stated
   */
  public abstract Optional<Direction> direction();

  /**
   * Tells whether values accumulate over time (each actual includes the earlier ones), so that the
   * latest value, never a sum, gives the achievement to date.
   *
   * @return whether the indicator is cumulative; {@code false} by default
   */
  @Default
  public boolean cumulative() {
    return false;
  }

  /**
   * Returns the baselines: usually one; IATI allows several, for places, breakdowns or years.
   *
   * @return the baselines, in the order given
   */
  public abstract ImmutableList<Baseline> baselines();

  /**
   * Returns the baseline the SDK computes with (progress, rules): the first of {@link
   * #baselines()} for the total ({@link Disaggregation#TOTAL}) and everywhere (no location).
   *
   * @return the baseline, or empty if none was stated (not even as unavailable) for the total
   *     and everywhere
   */
  public final Optional<Baseline> baseline() {
    for (Baseline b : baselines()) {
      if (b.disaggregation().isTotal() && b.locations().isEmpty()) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a copy whose only baseline is the given one.
   *
   * @param baseline the baseline
   * @return the changed indicator
   * @throws InvalidValueException if the changed indicator breaks an invariant
   */
  public final Indicator withBaseline(Baseline baseline) {
    return withBaselines(requireNonNull(baseline, "baseline"));
  }

  /**
   * Returns a copy whose only baseline is the given one, or without baseline.
   *
   * @param baseline the baseline, or empty for none
   * @return the changed indicator
   * @throws InvalidValueException if the changed indicator breaks an invariant
   */
  public final Indicator withBaseline(Optional<? extends Baseline> baseline) {
    return withBaselines(baseline.map(List::<Baseline>of).orElse(List.of()));
  }

  /**
   * Returns the reporting periods, in the order given.
   *
   * @return the periods
   */
  public abstract ImmutableList<IndicatorPeriod> periods();

  /**
   * Returns the means of verification: how a value is checked.
   *
   * @return the means of verification, if given
   */
  public abstract Optional<String> meansOfVerification();

  /**
   * Returns the source of the data, such as a survey or an information system.
   *
   * @return the data source, if given
   */
  public abstract Optional<String> dataSource();

  /**
   * Returns how often the indicator is reported.
   *
   * @return the frequency, if given
   */
  public abstract Optional<ReportingFrequency> reportingFrequency();

  /**
   * Returns the dimensions the indicator's values may be broken down by, such as {@code sex}.
   *
   * @return the dimensions, in the order given
   */
  public abstract ImmutableSet<String> disaggregationDimensions();

  /**
   * Returns the declared categories of each dimension, such as {@code sex: female, male}, set with
   * {@link Builder#dimension(String, String...)}. A dimension with declared categories is closed:
   * its values use only those categories, and a breakdown by it that gives every category is
   * complete, so that the {@linkplain #additive() additive} total can be derived from it. A
   * declared dimension without categories here is open (any category, never complete).
   *
   * @return the categories of each dimension, dimensions and categories in the order given; every
   *     dimension is one of {@link #disaggregationDimensions()}
   */
  public abstract ImmutableSetMultimap<String, String> dimensionCategories();

  /**
   * Tells whether the values of a breakdown add up to the total: women trained plus men trained
   * is everyone trained, while rates of women and of men do not add up to a rate of everyone. When
   * a period has no total but a complete breakdown (see {@link #dimensionCategories()}), the
   * progress calculator derives the total of an additive indicator from it; for fractions, by
   * adding numerators and denominators.
   *
   * @return whether the measure is additive; by default {@link Measure#additiveByDefault()}: true
   *     for counts and amounts, false for percentages, ratios, codes, levels and narratives
   */
  @Default
  public boolean additive() {
    return measure().additiveByDefault();
  }

  /**
   * Tells whether the indicator is suitable for aggregation: whether its values may be added up
   * with those of the same indicator in other results, activities or frameworks. IATI calls this
   * the indicator's {@code aggregation-status}.
   *
   * @return {@code true} if suitable, {@code false} if not, empty if not stated
   */
  public abstract Optional<Boolean> suitableForAggregation();

  /**
   * Returns references to external vocabularies of indicators, such as SDG indicator {@code
   * 8.5.2} or a reporting organisation's own code with the URI of its definition ({@link
   * ExternalReference#indicatorUri()}). IATI's rule 8.11.1 wants references on a result or on its
   * indicators, not both: rbm-iati's {@code IatiRules.frameworkRules()} checks it.
   *
   * @return the references, in the order given
   */
  public abstract ImmutableList<ExternalReference> externalReferences();

  @Check
  final void check() {
    if (title().isBlank()) {
      throw new InvalidValueException("title", title(), "a title that is not blank");
    }
    for (var e : dimensionCategories().asMap().entrySet()) {
      if (!disaggregationDimensions().contains(e.getKey())) {
        throw new InvalidValueException(
            "dimensionCategories",
            e.getKey(),
            "one of the declared dimensions " + disaggregationDimensions());
      }
      for (String category : e.getValue()) {
        // Names as a breakdown accepts them: non-blank, without '=' or ';'.
        try {
          var unused = Disaggregation.of(e.getKey(), category);
        } catch (InvalidValueException bad) {
          throw new InvalidValueException(
              "dimensionCategories." + e.getKey(),
              category,
              "a non-blank name without '=' or ';' or edge spaces");
        }
      }
    }
    for (int k = 0; k < baselines().size(); k++) {
      // One baseline is written "baseline" in JSON, several "baselines".
      String field = baselines().size() == 1 ? "baseline" : "baselines[" + k + "]";
      Baseline b = baselines().get(k);
      if (b.value().isPresent()) {
        checkValue(field + ".value", b.value().get());
      }
      checkBreakdown(field + ".disaggregation", b.disaggregation());
    }
    for (int i = 0; i < periods().size(); i++) {
      IndicatorPeriod p = periods().get(i);
      checkPoints("periods[" + i + "].targets", p.targets());
      checkPoints("periods[" + i + "].actuals", p.actuals());
    }
  }

  private void checkPoints(String field, List<DataPoint> points) {
    for (int j = 0; j < points.size(); j++) {
      DataPoint point = points.get(j);
      checkValue(field + "[" + j + "].value", point.value());
      checkBreakdown(field + "[" + j + "].disaggregation", point.disaggregation());
    }
  }

  private void checkBreakdown(String field, Disaggregation breakdown) {
    for (String dimension : breakdown.categories().keySet()) {
      if (!disaggregationDimensions().contains(dimension)) {
        throw new InvalidValueException(
            field,
            breakdown.toString(),
            "only the declared dimensions " + disaggregationDimensions());
      }
      String category = breakdown.categories().get(dimension);
      if (dimensionCategories().containsKey(dimension)
          && !dimensionCategories().containsEntry(dimension, category)) {
        throw new InvalidValueException(
            field,
            breakdown.toString(),
            "only the declared categories of " + dimension + " "
                + dimensionCategories().get(dimension));
      }
    }
  }

  private void checkValue(String field, Value value) {
    if (!measure().accepts(value)) {
      throw new InvalidValueException(field, value, measure().expectedValues());
    }
  }

  /**
   * Returns a copy with the target of a period set, such as {@code
   * indicator.withTarget(DateRange.ofYear(2025), DataPoint.of(Value.of(100)))}: the target replaces
   * the one with the same breakdown and location in that period, or is added to it; a period the
   * indicator does not have yet is added before the first period that starts later. The
   * indicator's invariants are checked again (the value must suit the measure, the breakdown the
   * declared dimensions).
   *
   * <p>Linear in the number of periods and of that period's targets.
   *
   * @param period the reporting period
   * @param target the target
   * @return the changed indicator
   * @throws InvalidValueException if the changed indicator breaks an invariant
   */
  public final Indicator withTarget(DateRange period, DataPoint target) {
    requireNonNull(target, "target");
    return withPeriod(period, p -> p.withTarget(target));
  }

  /**
   * Returns a copy with the actual of a period set, such as {@code
   * indicator.withActual(DateRange.ofYear(2025), DataPoint.of(Value.of(60), "sex", "female"))}: the
   * actual replaces the one with the same breakdown and location in that period, or is added to
   * it; a period the indicator does not have yet is added before the first period that starts
   * later. The indicator's invariants are checked again.
   *
   * <p>Linear in the number of periods and of that period's actuals.
   *
   * @param period the reporting period
   * @param actual the actual
   * @return the changed indicator
   * @throws InvalidValueException if the changed indicator breaks an invariant
   */
  public final Indicator withActual(DateRange period, DataPoint actual) {
    requireNonNull(actual, "actual");
    return withPeriod(period, p -> p.withActual(actual));
  }

  private Indicator withPeriod(DateRange period, UnaryOperator<IndicatorPeriod> edit) {
    requireNonNull(period, "period");
    List<IndicatorPeriod> periods = new ArrayList<>(periods().size() + 1);
    boolean done = false;
    for (IndicatorPeriod p : periods()) {
      if (!done && p.period().equals(period)) {
        periods.add(edit.apply(p));
        done = true;
      } else {
        if (!done && p.period().start().isAfter(period.start())) {
          periods.add(edit.apply(IndicatorPeriod.builder().period(period).build()));
          done = true;
        }
        periods.add(p);
      }
    }
    if (!done) {
      periods.add(edit.apply(IndicatorPeriod.builder().period(period).build()));
    }
    return withPeriods(periods);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if the id, the
   *     title or the measure is missing, or an invariant is broken
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Indicator}: set its id, title and measure, and any of the definition, unit,
   * direction, whether it is cumulative, baseline ({@link #baseline(Baseline)}, or several with
   * {@code addBaseline}), reporting periods, means of verification, data
   * source, reporting frequency, disaggregation dimensions (with their categories: {@link
   * #dimension(String, String...)}) and whether the measure is additive, then call {@code
   * build()}, which throws {@link InvalidValueException} naming the attribute that is missing, or
   * the invariant that is broken (a value the measure does not accept, a breakdown by an
   * undeclared dimension or category).
   *
   * <p>For a list attribute such as {@code periods}, {@code addPeriod} adds one element, {@code
   * addPeriods} several, {@code addAllPeriods} an {@code Iterable} of them, and {@code
   * periods(Iterable)} replaces those added so far.
   *
   * <p>Each method that sets an attribute returns this builder. {@code from(..)} starts from an
   * existing value, which is how to change several attributes at once. A builder is not
   * thread-safe; the value it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}

    /**
     * Sets the only baseline, replacing those set or added so far.
     *
     * @param baseline the baseline
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder baseline(Baseline baseline) {
      baselines(List.of(requireNonNull(baseline, "baseline")));
      return this;
    }

    /**
     * Sets the only baseline, or none, replacing those set or added so far.
     *
     * @param baseline the baseline, or empty for none
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder baseline(Optional<? extends Baseline> baseline) {
      baselines(baseline.map(List::<Baseline>of).orElse(List.of()));
      return this;
    }

    /**
     * Declares a dimension and its categories, such as {@code dimension("sex", "female",
     * "male")}: adds the dimension to the {@linkplain Indicator#disaggregationDimensions()
     * disaggregation dimensions} and the categories to its {@linkplain
     * Indicator#dimensionCategories() declared categories}. Called again for the same dimension,
     * it adds the new categories after the earlier ones.
     *
     * @param dimension the dimension, such as {@code sex}
     * @param categories its categories, such as {@code female} and {@code male}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder dimension(String dimension, String... categories) {
      requireNonNull(dimension, "dimension");
      addDisaggregationDimension(dimension);
      putAllDimensionCategories(dimension, Arrays.asList(categories));
      return this;
    }
  }
}
