package org.rbm.testkit.internal;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quicktheories.core.RandomnessSource;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.CostRequirement;
import org.rbm.core.strategies.ExpectedResult;
import org.rbm.core.strategies.FundingSource;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.LinkageStatement;
import org.rbm.core.strategies.ResultReference;
import org.rbm.core.strategies.Strategy;
import org.rbm.core.strategies.StrategyId;
import org.rbm.core.strategies.StrategyKind;
import org.rbm.core.strategies.StrategyPair;

/**
 * The draws strategy generators are made of, and their words: the ILO paper's strategies and
 * linkage statements, with a few texts holding the characters renderings must escape (commas,
 * quotes, pipes, brackets, letters beyond ASCII).
 */
public final class StrategyDraws {
  private StrategyDraws() {}

  /** Other strategies: the paper's, then names that test the renderings. */
  public static final ImmutableList<String> OTHER_NAMES =
      ImmutableList.of(
          "Gender equality",
          "Resource mobilization",
          "Global employment agenda",
          "Technical cooperation, \"field\" offices",
          "Statistics | data [pilot]",
          "Emploi décent");

  /** Linkage statements in the style of the paper. */
  public static final ImmutableList<String> STATEMENTS =
      ImmutableList.of(
          "Update IT skills among staff",
          "Support knowledge sharing in evaluation",
          "Support capturing, storing and accessing lessons learned",
          "Apply lessons learned in major programming and planning steps",
          "Improve gender balance",
          "Follow up on \"recommendations\"",
          "Either | or",
          "Use [brackets] inside",
          "Améliorer l'équilibre entre les sexes");

  /** Priority areas. */
  public static final ImmutableList<String> PRIORITY_AREAS =
      ImmutableList.of(
          "Knowledge networks",
          "Research and statistics",
          "Decent work country knowledge bases",
          "Staff development",
          "Information systems",
          "Evaluation follow-up",
          "Partnership frameworks",
          "Regional capacity");

  private static final ImmutableList<Currency> CURRENCIES =
      ImmutableList.of(Currency.getInstance("USD"), Currency.getInstance("CHF"),
          Currency.getInstance("EUR"));

  /** A statement: a text, sometimes a result (sometimes with its framework), sometimes a milestone. */
  public static LinkageStatement statement(RandomnessSource in) {
    LinkageStatement.Builder b = LinkageStatement.builder().text(Draw.pick(in, STATEMENTS));
    if (Draw.chance(in, 40)) {
      ResultId result = ResultId.of("IO" + Draw.between(in, 1, 9) + "." + Draw.between(in, 1, 3));
      b.result(Draw.chance(in, 50)
          ? ResultReference.of(FrameworkId.of("PB-2008-09"), result)
          : ResultReference.of(result));
    }
    if (Draw.chance(in, 30)) {
      b.milestone(MilestoneId.of(Integer.toString(Draw.between(in, 1, 16))));
    }
    return b.build();
  }

  /**
   * A matrix: the first one to five of the ILO's core strategies, zero to {@code maxOther} other
   * strategies, and in each allowed cell zero to {@code maxPerCell} distinct statements.
   */
  public static LinkageMatrix matrix(RandomnessSource in, int maxOther, int maxPerCell) {
    int core = Draw.between(in, 1, LinkageMatrix.ILO_CORE_STRATEGIES.size());
    int other = Draw.between(in, 0, Math.min(maxOther, OTHER_NAMES.size()));
    LinkageMatrix.Builder b =
        LinkageMatrix.builder().addStrategies(LinkageMatrix.ILO_CORE_STRATEGIES.subList(0, core));
    for (int i = 0; i < other; i++) {
      b.addOtherStrategy(StrategyId.of("S" + (i + 1)), OTHER_NAMES.get(i));
    }
    // The shape is known before any link: fill each allowed cell in turn.
    LinkageMatrix shape = b.build();
    for (StrategyPair p : shape.allowedPositions()) {
      int n = Draw.between(in, 0, maxPerCell);
      Set<LinkageStatement> cell = new LinkedHashSet<>();
      for (int k = 0; k < n; k++) {
        cell.add(statement(in));
      }
      cell.forEach(s -> b.link(p.row(), p.column(), s));
    }
    return b.build();
  }

  /** A strategy with its parts; it may meet the common criteria or not. */
  public static Strategy strategy(RandomnessSource in) {
    int first = Draw.between(in, 2000, 2012);
    Strategy.Builder b = Strategy.builder()
        .id(Draw.chance(in, 50)
            ? Draw.pick(in, LinkageMatrix.ILO_CORE_STRATEGIES).id()
            : StrategyId.of("S" + Draw.between(in, 1, 9)))
        .name(Draw.chance(in, 50) ? "Knowledge-sharing strategy" : Draw.pick(in, OTHER_NAMES))
        .kind(Draw.chance(in, 50) ? StrategyKind.CORE_MANAGEMENT : StrategyKind.OTHER)
        .period(PlanningPeriod.biennium(first).toDateRange())
        .statement(Draw.pick(in, List.of(
            "Make the Office's knowledge available where decisions are made",
            "Build the skills the results framework needs",
            "Mobilize resources for the outcomes of the Programme and Budget")))
        .framework(FrameworkId.of(String.format(Locale.ROOT, "PB-%d-%02d", first, (first + 1) % 100)));
    int milestones = Draw.between(in, 0, 3);
    List<MilestoneId> ids = new ArrayList<>();
    for (int i = 1; i <= milestones; i++) {
      Milestone m = Milestone.builder()
          .id(MilestoneId.of(Integer.toString(i)))
          .area(Draw.pick(in, MilestoneDraws.AREAS))
          .owner(Draw.pick(in, MilestoneDraws.OWNERS))
          .initialStatement(Draw.pick(in, MilestoneDraws.STATEMENTS))
          .initialDue(Due.ofYear(first + Draw.between(in, 0, 1)))
          .initialState(Draw.pick(in, List.of(MilestoneState.PLANNED, MilestoneState.IN_PROGRESS)))
          .recordedOn(LocalDate.of(first - 1, 10, 12))
          .recordedBy(Draw.pick(in, MilestoneDraws.ACTORS))
          .build();
      b.addMilestone(m);
      ids.add(m.id());
    }
    int results = Draw.between(in, 0, 3);
    for (int i = 1; i <= results; i++) {
      ExpectedResult.Builder e = ExpectedResult.builder().result(ResultId.of("IO" + i + ".1"));
      if (Draw.chance(in, 60)) {
        e.level("immediate outcome");
      }
      for (MilestoneId id : ids) {
        if (Draw.chance(in, 50)) {
          e.addMilestone(id);
        }
      }
      b.addExpectedResult(e.build());
    }
    for (int i = Draw.between(in, 0, 2); i > 0; i--) {
      b.addCoordination(Draw.pick(in, MilestoneDraws.OWNERS));
    }
    for (int i = Draw.between(in, 0, 2); i > 0; i--) {
      b.addPartnership(Draw.pick(in, List.of("UNDP", "World Bank", "Social partners", "UNITAR")));
    }
    int areas = Draw.between(in, 0, 7);
    b.addAllPriorityAreas(PRIORITY_AREAS.subList(0, areas));
    for (FundingSource source : FundingSource.values()) {
      if (Draw.chance(in, 70)) {
        // One requirement in ten is zero or negative, as the criteria must report.
        long amount = Draw.chance(in, 10)
            ? Draw.between(in, -1_000L, 0L, 0L)
            : Draw.between(in, 1L, 5_000_000L, 1_000_000L);
        b.addCost(CostRequirement.of(source, BigDecimal.valueOf(amount), Draw.pick(in, CURRENCIES)));
      }
    }
    if (Draw.chance(in, 70)) {
      b.reviewMechanism("Yearly review by the " + Draw.pick(in, MilestoneDraws.OWNERS));
    }
    return b.build();
  }
}
