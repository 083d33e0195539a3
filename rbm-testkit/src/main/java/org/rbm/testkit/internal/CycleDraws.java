package org.rbm.testkit.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.RandomnessSource;
import org.rbm.core.cycle.Allocation;
import org.rbm.core.cycle.Amendment;
import org.rbm.core.cycle.DecidingBody;
import org.rbm.core.cycle.DocumentId;
import org.rbm.core.cycle.DwcpPriority;
import org.rbm.core.cycle.Expenditure;
import org.rbm.core.cycle.ExpenditureEntry;
import org.rbm.core.cycle.HighLevelStrategy;
import org.rbm.core.cycle.OutcomeStrategy;
import org.rbm.core.cycle.ProgrammeAndBudget;
import org.rbm.core.cycle.SpfChange;
import org.rbm.core.cycle.StatedTotal;
import org.rbm.core.cycle.StrategicPolicyFramework;
import org.rbm.core.cycle.StrategyTopic;
import org.rbm.core.cycle.TopicEntry;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.money.Money;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.strategies.FundingSource;
import org.rbm.core.strategies.StrategyId;

/**
 * Draws the programme cycle's documents: SPFs whose amendments apply (drawn in date order against
 * the SPF as it stands, then recorded in any order), Programmes and Budgets with allocations by
 * source and year, outcome strategies and DWCP priorities, and expenditure.
 */
public final class CycleDraws {
  private static final ResultId SO = ResultId.of("SO1");
  private static final ResultId OC = ResultId.of("OC1a");
  private static final List<Currency> CURRENCIES =
      List.of(Currency.getInstance("USD"), Currency.getInstance("CHF"), Currency.getInstance("EUR"));
  private static final List<String> STRATEGIES =
      List.of("KNOWLEDGE", "CAPACITY", "TECHNICAL-COOPERATION", "GENDER", "COMMUNICATION");
  private static final List<FundingSource> SOURCES = List.of(FundingSource.values());
  private static final List<StrategyTopic> TOPICS = List.of(StrategyTopic.values());

  private CycleDraws() {}

  /** The SPF's state while amendments are drawn: outcomes with their indicators, strategies. */
  private static final class State {
    final Map<ResultId, List<Indicator>> outcomes = new LinkedHashMap<>();
    final List<StrategyId> strategies = new ArrayList<>();
    int next;

    List<Indicator> indicators() {
      List<Indicator> all = new ArrayList<>();
      outcomes.values().forEach(all::addAll);
      return all;
    }

    Result outcome(ResultId id, String title) {
      return Result.builder()
          .id(id)
          .level("immediate outcome")
          .parent(OC)
          .title(title)
          .addAllIndicators(requireNonNull(outcomes.get(id)))
          .build();
    }
  }

  private static Indicator indicator(IndicatorId id, int year, int target) {
    return Indicator.builder()
        .id(id)
        .title("Member States with " + id)
        .measure(Measure.COUNT)
        .addPeriod(
            IndicatorPeriod.builder()
                .period(DateRange.ofYear(year))
                .addTarget(DataPoint.of(Value.of(target)))
                .build())
        .build();
  }

  private static Indicator drawIndicator(RandomnessSource in, State s, PlanningPeriod period) {
    s.next++;
    return indicator(
        IndicatorId.of("IND-" + s.next),
        Draw.between(in, period.firstYear(), period.lastYear()),
        Draw.between(in, 0, 100));
  }

  /** SO1 &gt; OC1a &gt; IO1a.1 ... with the outcomes and indicators of the state. */
  private static ResultsFramework framework(String id, PlanningPeriod period, State s) {
    ResultsFramework.Builder f =
        ResultsFramework.builder()
            .id(FrameworkId.of(id))
            .title("Results framework " + period)
            .owner("International Labour Office")
            .planningPeriod(period)
            .levelScheme(LevelScheme.ILO)
            .addResult(
                Result.builder().id(SO).level("strategic objective").title("Employment").build())
            .addResult(
                Result.builder().id(OC).level("outcome").parent(SO).title("Job-rich growth").build());
    for (ResultId outcome : s.outcomes.keySet()) {
      f.addResult(s.outcome(outcome, "Outcome " + outcome));
    }
    return f.build();
  }

  private static State outcomes(RandomnessSource in, PlanningPeriod period, int max) {
    State s = new State();
    int count = Draw.between(in, 1, max);
    for (int o = 1; o <= count; o++) {
      List<Indicator> indicators = new ArrayList<>();
      int n = Draw.between(in, 0, 2);
      for (int i = 0; i < n; i++) {
        indicators.add(drawIndicator(in, s, period));
      }
      s.outcomes.put(ResultId.of("IO1a." + o), indicators);
    }
    return s;
  }

  /**
   * Draws an SPF of six years from 2000-05 to 2016-21 with one to four immediate outcomes, up to
   * three high-level strategies and two lessons, and up to five amendments of one to three
   * changes each, on distinct days within the period, recorded in any order.
   */
  public static StrategicPolicyFramework spf(RandomnessSource in) {
    int first = Draw.between(in, 2000, 2016);
    PlanningPeriod period = PlanningPeriod.of(first, first + 5);
    LocalDate adopted = LocalDate.of(first - 1, 11, Draw.between(in, 1, 30));
    State s = outcomes(in, period, 4);
    StrategicPolicyFramework.Builder b =
        StrategicPolicyFramework.builder()
            .id(DocumentId.of("SPF-" + first))
            .period(period)
            .adoptedOn(adopted)
            .framework(framework("SPF-" + first + "-RF", period, s));
    if (Draw.chance(in, 70)) {
      b.vision("Decent work for all");
    }
    int strategies = Draw.between(in, 0, 3);
    for (int i = 0; i < strategies; i++) {
      StrategyId id = StrategyId.of(STRATEGIES.get(i));
      s.strategies.add(id);
      b.addStrategy(HighLevelStrategy.builder().id(id).title("Strategy " + id).build());
    }
    int lessons = Draw.between(in, 0, 2);
    for (int i = 1; i <= lessons; i++) {
      b.addEvaluationLesson("Lesson " + i);
    }
    List<Amendment> amendments = new ArrayList<>();
    int count = Draw.between(in, 0, 5);
    LocalDate date = adopted;
    for (int a = 1; a <= count; a++) {
      date = date.plusDays(Draw.between(in, 1, 400));
      Amendment.Builder am =
          Amendment.builder()
              .date(date)
              .decidedBy(
                  Draw.chance(in, 75)
                      ? DecidingBody.GOVERNING_BODY
                      : DecidingBody.INTERNATIONAL_LABOUR_CONFERENCE)
              .reference("GB." + (300 + a) + "/PFA");
      int changes = Draw.between(in, 1, 3);
      for (int c = 0; c < changes; c++) {
        am.addChange(change(in, s, period, a * 10 + c));
      }
      amendments.add(am.build());
    }
    // Recorded in any order: each amendment goes to a drawn position among those before it.
    List<Amendment> recorded = new ArrayList<>();
    for (Amendment am : amendments) {
      recorded.add(Draw.between(in, 0, recorded.size()), am);
    }
    return b.amendments(recorded).build();
  }

  /** Draws one change that applies to the state, and applies it to the state. */
  private static SpfChange change(RandomnessSource in, State s, PlanningPeriod period, int k) {
    List<Indicator> indicators = s.indicators();
    List<ResultId> outcomes = new ArrayList<>(s.outcomes.keySet());
    switch (Draw.between(in, 0, 11)) {
      case 0 -> {
        ResultId id = ResultId.of("IO1a.x" + k);
        List<Indicator> own = new ArrayList<>();
        if (Draw.chance(in, 50)) {
          own.add(drawIndicator(in, s, period));
        }
        s.outcomes.put(id, own);
        return SpfChange.addResult(s.outcome(id, "Added outcome " + k));
      }
      case 1 -> {
        if (!outcomes.isEmpty()) {
          return SpfChange.replaceResult(
              s.outcome(Draw.pick(in, outcomes), "Revised outcome " + k));
        }
      }
      case 2 -> {
        if (!outcomes.isEmpty()) {
          ResultId id = Draw.pick(in, outcomes);
          s.outcomes.remove(id);
          return SpfChange.removeResult(id);
        }
      }
      case 3 -> {
        if (!outcomes.isEmpty()) {
          ResultId id = Draw.pick(in, outcomes);
          Indicator added = drawIndicator(in, s, period);
          requireNonNull(s.outcomes.get(id)).add(added);
          return SpfChange.addIndicator(id, added);
        }
      }
      case 4 -> {
        if (!indicators.isEmpty()) {
          Indicator old = Draw.pick(in, indicators);
          Indicator revised =
              indicator(old.id(), old.periods().get(0).period().start().getYear(), 100 + k);
          s.outcomes.values()
              .forEach(list -> list.replaceAll(i -> i.id().equals(old.id()) ? revised : i));
          return SpfChange.replaceIndicator(revised);
        }
      }
      case 5 -> {
        if (!indicators.isEmpty()) {
          Indicator old = Draw.pick(in, indicators);
          s.outcomes.values().forEach(list -> list.removeIf(i -> i.id().equals(old.id())));
          return SpfChange.removeIndicator(old.id());
        }
      }
      case 6 -> {
        if (!indicators.isEmpty()) {
          Indicator old = Draw.pick(in, indicators);
          DateRange p = old.periods().get(0).period();
          Indicator changed = indicator(old.id(), p.start().getYear(), 200 + k);
          s.outcomes.values()
              .forEach(list -> list.replaceAll(i -> i.id().equals(old.id()) ? changed : i));
          return SpfChange.changeTarget(old.id(), p, DataPoint.of(Value.of(200 + k)));
        }
      }
      case 7 -> {
        for (String code : STRATEGIES) {
          StrategyId id = StrategyId.of(code);
          if (!s.strategies.contains(id)) {
            s.strategies.add(id);
            return SpfChange.addStrategy(
                HighLevelStrategy.builder().id(id).title("Strategy " + id).text("Added " + k).build());
          }
        }
      }
      case 8 -> {
        if (!s.strategies.isEmpty()) {
          return SpfChange.amendStrategyText(Draw.pick(in, s.strategies), "Amended text " + k);
        }
      }
      case 9 -> {
        if (!s.strategies.isEmpty()) {
          StrategyId id = Draw.pick(in, s.strategies);
          s.strategies.remove(id);
          return SpfChange.removeStrategy(id);
        }
      }
      case 10 -> {
        return SpfChange.addEvaluationLesson("Lesson of amendment " + k);
      }
      default -> {
        // a revised vision, as when the kind drawn has nothing to change
      }
    }
    return SpfChange.reviseVision("Vision " + k);
  }

  private static Money amount(RandomnessSource in, Currency currency, long maxCents) {
    return Money.of(BigDecimal.valueOf(Draw.between(in, 0L, maxCents), 2), currency);
  }

  /**
   * Draws a P&amp;B for a biennium from 2000-01 to 2016-17 in USD, CHF or EUR, with one to four
   * immediate outcomes, an allocation for about two in three combinations of outcome, funding
   * source and year (amounts from 0 to 5 million, in cents), stated totals for some sources (equal
   * to the allocations' or not), outcome strategies covering some of the eight topics, and up to
   * two DWCP priorities.
   */
  public static ProgrammeAndBudget programmeAndBudget(RandomnessSource in) {
    int first = Draw.between(in, 2000, 2016);
    PlanningPeriod biennium = PlanningPeriod.of(first, first + 1);
    Currency currency = Draw.pick(in, CURRENCIES);
    State s = outcomes(in, biennium, 4);
    String id = "PB-" + biennium;
    ProgrammeAndBudget.Builder b =
        ProgrammeAndBudget.builder()
            .id(DocumentId.of(id))
            .biennium(biennium)
            .spf(DocumentId.of("SPF-" + first))
            .currency(currency)
            .framework(framework(id, biennium, s));
    if (Draw.chance(in, 70)) {
      b.adoptedOn(LocalDate.of(first - 1, 6, Draw.between(in, 1, 30)));
    }
    Map<FundingSource, Money> totals = new LinkedHashMap<>();
    for (ResultId outcome : s.outcomes.keySet()) {
      for (FundingSource source : SOURCES) {
        for (int year = first; year <= first + 1; year++) {
          if (Draw.chance(in, 65)) {
            Money m = amount(in, currency, 500_000_000L);
            b.addAllocation(Allocation.of(outcome, source, year, m));
            totals.merge(source, m, Money::plus);
          }
        }
      }
    }
    for (FundingSource source : SOURCES) {
      if (Draw.chance(in, 50)) {
        Money stated =
            Draw.chance(in, 80)
                ? totals.getOrDefault(source, Money.zero(currency))
                : amount(in, currency, 1_000_000_000L);
        b.addStatedTotal(StatedTotal.of(source, stated));
      }
    }
    for (ResultId outcome : s.outcomes.keySet()) {
      if (Draw.chance(in, 75)) {
        OutcomeStrategy.Builder o = OutcomeStrategy.builder().outcome(outcome);
        if (Draw.chance(in, 50)) {
          o.summary("Strategy for " + outcome);
        }
        for (StrategyTopic topic : TOPICS) {
          int draw = Draw.between(in, 0, 9);
          if (draw < 7) {
            o.addTopic(TopicEntry.of(topic, "On " + topic.name().toLowerCase(java.util.Locale.ROOT)));
          } else if (draw == 7) {
            o.addTopic(TopicEntry.notApplicable(topic, "Does not apply here"));
          }
        }
        b.addOutcomeStrategy(o.build());
      }
    }
    int priorities = Draw.between(in, 0, 2);
    List<ResultId> outcomes = new ArrayList<>(s.outcomes.keySet());
    for (int p = 1; p <= priorities; p++) {
      b.addDwcpPriority(
          DwcpPriority.builder()
              .country(Draw.pick(in, List.of("Cambodia", "Kenya", "Peru", "Jordan")))
              .priority("Priority " + p)
              .addOutcomes(Draw.pick(in, outcomes))
              .build());
    }
    return b.build();
  }

  /**
   * Draws the expenditure against a P&amp;B of a biennium from 2000-01 to 2016-17, in USD, CHF or
   * EUR: for about half the combinations of four immediate outcomes, three funding sources and
   * each year (or each half year) of the biennium, an amount from 0 to 3 million, in cents.
   */
  public static Expenditure expenditure(RandomnessSource in) {
    int first = Draw.between(in, 2000, 2016);
    Currency currency = Draw.pick(in, CURRENCIES);
    Expenditure.Builder b =
        Expenditure.builder()
            .programmeAndBudget(DocumentId.of("PB-" + PlanningPeriod.of(first, first + 1)))
            .currency(currency);
    if (Draw.chance(in, 60)) {
      b.reportedOn(LocalDate.of(first + 1, 1, Draw.between(in, 1, 31)));
    }
    boolean halves = Draw.chance(in, 30);
    for (int o = 1; o <= 4; o++) {
      ResultId outcome = ResultId.of("IO1a." + o);
      for (FundingSource source : SOURCES) {
        for (int year = first; year <= first + 1; year++) {
          List<DateRange> periods =
              halves
                  ? List.of(
                      DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30)),
                      DateRange.of(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31)))
                  : List.of(DateRange.ofYear(year));
          for (DateRange period : periods) {
            if (Draw.chance(in, 50)) {
              b.addEntry(ExpenditureEntry.of(outcome, source, period, amount(in, currency, 300_000_000L)));
            }
          }
        }
      }
    }
    return b.build();
  }
}
