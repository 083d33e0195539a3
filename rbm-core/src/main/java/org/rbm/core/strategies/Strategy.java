package org.rbm.core.strategies;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;

/**
 * A strategy: a statement of how the organisation will achieve its work or mandate in a given area
 * (GB.300/PFA/9/1, paragraph 17), with the results it expects from a results framework, its
 * coordination and partnerships, priority areas, cost requirements, and how it is reviewed.
 *
 * <pre>{@code
 * Strategy knowledge = Strategy.builder()
 *     .id(StrategyId.of("KNOWLEDGE"))
 *     .name("Knowledge-sharing strategy")
 *     .kind(StrategyKind.CORE_MANAGEMENT)
 *     .period(PlanningPeriod.parse("2008-09").toDateRange())
 *     .statement("Make the Office's knowledge available to constituents and staff")
 *     .framework(FrameworkId.of("PB-2008-09"))
 *     .addMilestone(adopted)                                  // a Milestone, id 2
 *     .addExpectedResult(ExpectedResult.builder()
 *         .result(ResultId.of("IO4.1")).level("immediate outcome")
 *         .addMilestone(MilestoneId.of("2")).build())
 *     .addCoordination("Knowledge-sharing focal points in every department")
 *     .addPartnership("UN System Staff College")
 *     .addPriorityArea("Knowledge networks")
 *     .addCost(CostRequirement.of(FundingSource.REGULAR_BUDGET, new BigDecimal("1200000"),
 *         Currency.getInstance("USD")))
 *     .reviewMechanism("Annual review by the Knowledge Management Committee")
 *     .build();
 * }</pre>
 *
 * <p>Construction checks the strategy's own consistency: a one-line name, a statement and texts
 * that are not blank, each milestone id, expected result, priority area and funding source given
 * once, and every milestone an expected result names is one of the strategy's. Whether
 * the strategy meets the seven common criteria of paragraph 20 is checked as data, by the
 * criteria rules, which report findings instead of throwing. Immutable and thread-safe.
 */
@Immutable
public abstract class Strategy implements WithStrategy {
  Strategy() {}

  /**
   * Returns the identifier.
   *
   * @return the id, such as {@code KNOWLEDGE}
   */
  public abstract StrategyId id();

  /**
   * Returns the name.
   *
   * @return the name: one line, not blank, no spaces at either end
   */
  public abstract String name();

  /**
   * Returns whether the strategy is a core management strategy.
   *
   * @return the kind
   */
  public abstract StrategyKind kind();

  /**
   * Returns the days the strategy covers, such as 2008-01-01/2009-12-31 for the biennium 2008-09
   * ({@code PlanningPeriod.toDateRange()}).
   *
   * @return the period
   */
  public abstract DateRange period();

  /**
   * Returns the statement of how the strategy achieves its results.
   *
   * @return the statement, not blank
   */
  public abstract String statement();

  /**
   * Returns the results framework the expected results belong to.
   *
   * @return the framework's id
   */
  public abstract FrameworkId framework();

  /**
   * Returns the results the strategy expects to achieve.
   *
   * @return the expected results, in the order given, each result once
   */
  public abstract ImmutableList<ExpectedResult> expectedResults();

  /**
   * Returns the strategy's milestones: the main results and activities on its way, each with its
   * due and its state.
   *
   * @return the milestones, in the order given, ids distinct
   */
  public abstract ImmutableList<Milestone> milestones();

  /**
   * Returns the arrangements for coordination within the organisation (internal).
   *
   * @return the arrangements, in the order given, none blank
   */
  public abstract ImmutableList<String> coordination();

  /**
   * Returns the partnerships the strategy relies on outside the organisation (external).
   *
   * @return the partnerships, in the order given, none blank
   */
  public abstract ImmutableList<String> partnerships();

  /**
   * Returns the priority areas the strategy's resources are focused on.
   *
   * @return the areas, in the order given, each once, none blank
   */
  public abstract ImmutableList<String> priorityAreas();

  /**
   * Returns the cost requirements, at most one per funding source.
   *
   * @return the requirements, in the order given
   */
  public abstract ImmutableList<CostRequirement> costs();

  /**
   * Returns the mechanism for reviewing the strategy and incorporating lessons learned.
   *
   * @return the mechanism, if stated; not blank
   */
  public abstract Optional<String> reviewMechanism();

  @Check
  final void check() {
    SingleLine.check("name", name());
    notBlank("statement", statement());
    reviewMechanism().ifPresent(r -> notBlank("reviewMechanism", r));
    Set<MilestoneId> milestones = new HashSet<>();
    for (int i = 0; i < milestones().size(); i++) {
      MilestoneId m = milestones().get(i).id();
      if (!milestones.add(m)) {
        throw new InvalidValueException(
            "milestones[" + i + "].id", m, "a milestone id not used before in the strategy");
      }
    }
    Set<ResultId> results = new HashSet<>();
    for (int i = 0; i < expectedResults().size(); i++) {
      ExpectedResult e = expectedResults().get(i);
      if (!results.add(e.result())) {
        throw new InvalidValueException("expectedResults[" + i + "].result", e.result(),
            "a result not expected before in the strategy");
      }
      for (int j = 0; j < e.milestones().size(); j++) {
        if (!milestones.contains(e.milestones().get(j))) {
          throw new InvalidValueException(
              "expectedResults[" + i + "].milestones[" + j + "]", e.milestones().get(j),
              "the id of one of the strategy's milestones " + milestones);
        }
      }
    }
    notBlank("coordination", coordination());
    notBlank("partnerships", partnerships());
    notBlank("priorityAreas", priorityAreas());
    Set<String> areas = new HashSet<>();
    for (int i = 0; i < priorityAreas().size(); i++) {
      if (!areas.add(priorityAreas().get(i))) {
        throw new InvalidValueException(
            "priorityAreas[" + i + "]", priorityAreas().get(i), "a priority area not given before");
      }
    }
    Set<FundingSource> sources = new HashSet<>();
    for (int i = 0; i < costs().size(); i++) {
      FundingSource s = costs().get(i).source();
      if (!sources.add(s)) {
        throw new InvalidValueException(
            "costs[" + i + "].source", s, "a funding source not given before in the strategy");
      }
    }
  }

  private static void notBlank(String field, String text) {
    if (text.isBlank()) {
      throw new InvalidValueException(field, text, "a text that is not blank");
    }
  }

  private static void notBlank(String field, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      notBlank(field + "[" + i + "]", texts.get(i));
    }
  }

  /**
   * Returns the strategy as a linkage matrix shows it.
   *
   * @return its id, name and kind
   */
  public final StrategyHeading heading() {
    return StrategyHeading.of(id(), name(), kind());
  }

  /**
   * Finds the cost requirement from one funding source.
   *
   * @param source the funding source
   * @return the requirement, or empty if the strategy states none from that source
   */
  public final Optional<CostRequirement> cost(FundingSource source) {
    requireNonNull(source, "source");
    return costs().stream().filter(c -> c.source() == source).findFirst();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if a required
   *     attribute (id, name, kind, period, statement, framework) is missing or the strategy is not
   *     consistent
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Strategy}. */
  public static final class Builder extends ImmutableStrategy.Builder {
    Builder() {}
  }
}
