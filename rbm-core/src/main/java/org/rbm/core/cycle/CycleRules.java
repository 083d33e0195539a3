package org.rbm.core.cycle;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.rbm.core.internal.RuleValues;
import org.rbm.core.progress.IndicatorProgress;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.progress.ProgressStatus;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.money.Money;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.rules.Location;
import org.rbm.core.rules.MessageKey;
import org.rbm.core.rules.Reporter;
import org.rbm.core.rules.Rule;
import org.rbm.core.rules.RuleId;
import org.rbm.core.rules.RuleInfo;
import org.rbm.core.rules.RuleSet;
import org.rbm.core.rules.Severity;
import org.rbm.core.rules.ValidationContext;
import org.rbm.core.rules.Validator;
import org.rbm.core.strategies.FundingSource;

/**
 * The rules of the programme cycle (GB.300/PFA/9/1, paragraphs 40-51), as rules of the rules
 * engine over a {@link ProgrammeCycle}: a P&amp;B with its SPF and its expenditure.
 *
 * <pre>{@code
 * ValidationReport report = CycleRules.validator().validate(cycle);
 * report.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.location() + ": " + f.message()));
 *
 * RuleSet<ProgrammeCycle> strict = CycleRules.ruleSet(CycleRuleSettings.builder()
 *     .priorityFundingPercent(new BigDecimal("3")).build());
 * }</pre>
 *
 * <table>
 *   <caption>The programme cycle's rules</caption>
 *   <tr><th>Id</th><th>Severity</th><th>Checks</th><th>Source</th></tr>
 *   <tr><td>RBM-CYC-001</td><td>error</td><td>The P&amp;B names its SPF, and its biennium lies
 *       inside the SPF's period</td><td>ILO GB.300/PFA/9/1 (2007), paragraphs 40-41</td></tr>
 *   <tr><td>RBM-CYC-002</td><td>error</td><td>Every result of the P&amp;B is a result of the SPF
 *       as it stood when the P&amp;B was adopted</td><td>ILO GB.300/PFA/9/1 (2007), paragraphs
 *       42-45</td></tr>
 *   <tr><td>RBM-CYC-003</td><td>warning</td><td>Every immediate outcome of the P&amp;B has
 *       resources</td><td>ILO GB.300/PFA/9/1 (2007), paragraphs 47-48</td></tr>
 *   <tr><td>RBM-CYC-004</td><td>error</td><td>Expenditure is reported against this P&amp;B, in its
 *       currency, on its immediate outcomes</td><td>ILO GB.300/PFA/9/1 (2007), paragraph
 *       60</td></tr>
 *   <tr><td>RBM-CYC-005</td><td>error</td><td>Allocations by funding source add up to the
 *       P&amp;B's stated totals</td><td>ILO GB.300/PFA/9/1 (2007), paragraph 48</td></tr>
 *   <tr><td>RBM-CYC-006</td><td>warning</td><td>Every immediate outcome has an outcome strategy
 *       that covers the eight topics or says why one does not apply</td><td>ILO GB.300/PFA/9/1
 *       (2007), paragraphs 13 and 46</td></tr>
 *   <tr><td>RBM-CYC-007</td><td>warning</td><td>Spending does not exceed the allocation of an
 *       outcome and funding source</td><td>ILO GB.300/PFA/9/1 (2007), paragraphs 50-51</td></tr>
 *   <tr><td>RBM-CYC-008</td><td>warning</td><td>An outcome behind target has not spent far less
 *       than its allocation to date (money not the cause)</td><td>ILO GB.300/PFA/9/1 (2007),
 *       paragraphs 50-51</td></tr>
 *   <tr><td>RBM-CYC-009</td><td>warning</td><td>An outcome behind target has not spent far more
 *       than its allocation to date (money not the cure)</td><td>ILO GB.300/PFA/9/1 (2007),
 *       paragraphs 50-51</td></tr>
 *   <tr><td>RBM-CYC-010</td><td>warning</td><td>Outcomes that DWCP priorities ask for get at least
 *       a stated share of the P&amp;B's resources</td><td>ILO GB.300/PFA/9/1 (2007), paragraph
 *       49</td></tr>
 * </table>
 *
 * <p>That allocations are not negative and in the P&amp;B's one currency, and expenditure in the
 * expenditure's one currency, are invariants of {@link ProgrammeAndBudget} and {@link
 * Expenditure}: such documents cannot be built, so no rule needs to look for them. Amounts in
 * another currency are converted with an {@link org.rbm.core.money.ExchangeRate} before they are
 * recorded; RBM-CYC-004 reports expenditure recorded in another currency than the P&amp;B's.
 *
 * <p>Immediate outcomes are the results on the lowest level of the P&amp;B framework's level
 * scheme. "Spending" is everything the expenditure reports; the "allocation to date" of an outcome
 * is the sum of its allocations for the years of the biennium up to the year of {@link
 * ProgrammeCycle#asOf()}. An outcome is behind target when one of its indicators has the status
 * {@link ProgressStatus#BEHIND} in {@link ProgressCalculator#report} as of that date (default
 * {@link ProgressSettings}). Locations: {@code /programmeAndBudget/spf}, {@code
 * /programmeAndBudget/biennium}, {@code /programmeAndBudget/results/<id>}, {@code
 * /programmeAndBudget/statedTotals/<source>}, {@code /outcomes/<id>}, {@code
 * /outcomes/<id>/<source>}, {@code /expenditure/...}. Each rule costs time linear in the size of
 * the documents (RBM-CYC-002 replays the SPF's amendments once).
 */
public final class CycleRules {
  /** RBM-CYC-001: the P&amp;B names its SPF and lies inside its period. */
  public static final RuleId BIENNIUM_INSIDE_SPF = RuleId.of("RBM-CYC-001");
  /** RBM-CYC-002: the P&amp;B's results are results of the SPF as adopted then. */
  public static final RuleId OUTCOMES_FROM_SPF = RuleId.of("RBM-CYC-002");
  /** RBM-CYC-003: every immediate outcome has resources. */
  public static final RuleId OUTCOMES_RESOURCED = RuleId.of("RBM-CYC-003");
  /** RBM-CYC-004: expenditure is reported against this P&amp;B, in its currency. */
  public static final RuleId EXPENDITURE_MATCHES = RuleId.of("RBM-CYC-004");
  /** RBM-CYC-005: allocations by source add up to the stated totals. */
  public static final RuleId TOTALS_MATCH = RuleId.of("RBM-CYC-005");
  /** RBM-CYC-006: outcome strategies cover the eight topics. */
  public static final RuleId STRATEGIES_COMPLETE = RuleId.of("RBM-CYC-006");
  /** RBM-CYC-007: spending does not exceed allocation. */
  public static final RuleId WITHIN_ALLOCATION = RuleId.of("RBM-CYC-007");
  /** RBM-CYC-008: an outcome behind target spent far less than allocated: money not the cause. */
  public static final RuleId MONEY_NOT_THE_CAUSE = RuleId.of("RBM-CYC-008");
  /** RBM-CYC-009: an outcome behind target spent far more than allocated: money not the cure. */
  public static final RuleId MONEY_NOT_THE_CURE = RuleId.of("RBM-CYC-009");
  /** RBM-CYC-010: outcomes DWCP priorities ask for get a stated share of the resources. */
  public static final RuleId PRIORITIES_FUNDED = RuleId.of("RBM-CYC-010");

  private static final String SOURCE = "ILO GB.300/PFA/9/1 (2007), ";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final MessageKey OTHER_SPF =
      key("RBM-CYC-001.otherSpf", "programmeAndBudget", "named", "spf");
  private static final MessageKey OUTSIDE_PERIOD =
      key("RBM-CYC-001.outsidePeriod", "programmeAndBudget", "biennium", "spf", "period");
  private static final MessageKey BEFORE_SPF =
      key("RBM-CYC-002.beforeSpf", "programmeAndBudget", "date", "spf", "adopted");
  private static final MessageKey NOT_IN_SPF =
      key("RBM-CYC-002.notInSpf", "result", "spf", "date");
  private static final MessageKey NO_RESOURCES = key("RBM-CYC-003.noResources", "outcome");
  private static final MessageKey OTHER_PROGRAMME_AND_BUDGET =
      key("RBM-CYC-004.otherProgrammeAndBudget", "named", "programmeAndBudget");
  private static final MessageKey OTHER_CURRENCY =
      key("RBM-CYC-004.otherCurrency", "currency", "expected");
  private static final MessageKey NOT_AN_OUTCOME =
      key("RBM-CYC-004.notAnOutcome", "outcome", "programmeAndBudget");
  private static final MessageKey TOTAL_MISMATCH =
      key("RBM-CYC-005.totalMismatch", "source", "allocated", "stated");
  private static final MessageKey NO_STRATEGY = key("RBM-CYC-006.noStrategy", "outcome");
  private static final MessageKey MISSING_TOPICS =
      key("RBM-CYC-006.missingTopics", "outcome", "count", "topics");
  private static final MessageKey OVERSPENT =
      key("RBM-CYC-007.overspent", "outcome", "source", "spent", "allocated");
  private static final MessageKey UNDERSPENT_BEHIND =
      key("RBM-CYC-008.underspentBehind", "outcome", "spent", "allocated", "percent", "threshold");
  private static final MessageKey OVERSPENT_BEHIND =
      key("RBM-CYC-009.overspentBehind", "outcome", "spent", "allocated", "percent", "threshold");
  private static final MessageKey PRIORITY_UNDERFUNDED =
      key("RBM-CYC-010.priorityUnderfunded", "outcome", "countries", "percent", "threshold");

  private static final RuleSet<ProgrammeCycle> DEFAULT = ruleSet(CycleRuleSettings.defaults());

  private CycleRules() {}

  private static MessageKey key(String key, String... argumentNames) {
    return RuleValues.get().standardKey(key, argumentNames);
  }

  /**
   * Returns the rules with their default severities and {@link CycleRuleSettings#defaults()}.
   *
   * @return the rule set, in the order of the ids
   */
  public static RuleSet<ProgrammeCycle> ruleSet() {
    return DEFAULT;
  }

  /**
   * Returns the rules with their default severities and the given thresholds.
   *
   * @param settings the thresholds of RBM-CYC-008, RBM-CYC-009 and RBM-CYC-010
   * @return the rule set, in the order of the ids
   */
  public static RuleSet<ProgrammeCycle> ruleSet(CycleRuleSettings settings) {
    requireNonNull(settings, "settings");
    return RuleSet.of(List.of(
        Rule.of(info(BIENNIUM_INSIDE_SPF, Severity.ERROR,
            "The P&B names its SPF, and its biennium lies inside the SPF's period",
            "A Programme and Budget is one biennium of its Strategic Policy Framework.",
            "paragraphs 40-41"),
            CycleRules::bienniumInsideSpf),
        Rule.of(info(OUTCOMES_FROM_SPF, Severity.ERROR,
            "Every result of the P&B is a result of the SPF as it stood when the P&B was adopted",
            "The P&B sets biennial targets for the SPF's results; a result the SPF does not have"
                + " cannot be reported against it.",
            "paragraphs 42-45"),
            CycleRules::outcomesFromSpf),
        Rule.of(info(OUTCOMES_RESOURCED, Severity.WARNING,
            "Every immediate outcome of the P&B has resources",
            "Each immediate outcome comes with the resources to reach it, from all sources.",
            "paragraphs 47-48"),
            CycleRules::outcomesResourced),
        Rule.of(info(EXPENDITURE_MATCHES, Severity.ERROR,
            "Expenditure is reported against this P&B, in its currency, on its immediate outcomes",
            "Spending can be set against allocation only on the same outcomes and in one currency.",
            "paragraph 60"),
            CycleRules::expenditureMatches),
        Rule.of(info(TOTALS_MATCH, Severity.ERROR,
            "Allocations by funding source add up to the P&B's stated totals",
            "Totals that do not match their parts make both untrustworthy.",
            "paragraph 48"),
            CycleRules::totalsMatch),
        Rule.of(info(STRATEGIES_COMPLETE, Severity.WARNING,
            "Every immediate outcome has an outcome strategy that covers the eight topics or says"
                + " why one does not apply",
            "Strategies in one standard format can be compared across outcomes.",
            "paragraphs 13 and 46"),
            CycleRules::strategiesComplete),
        Rule.of(info(WITHIN_ALLOCATION, Severity.WARNING,
            "Spending does not exceed the allocation of an outcome and funding source",
            "Budgeting by results sets resources per result; spending beyond them is unplanned.",
            "paragraphs 50-51"),
            CycleRules::withinAllocation),
        Rule.of(info(MONEY_NOT_THE_CAUSE, Severity.WARNING,
            "An outcome behind target has not spent far less than its allocation to date (money"
                + " not the cause)",
            "Under-achievement with money left unspent comes from elsewhere: targets set too high"
                + " or delivery problems.",
            "paragraphs 50-51"),
            (c, x, r) -> behindTarget(c, r, settings, false)),
        Rule.of(info(MONEY_NOT_THE_CURE, Severity.WARNING,
            "An outcome behind target has not spent far more than its allocation to date (money"
                + " not the cure)",
            "Resources do not simply follow results: spending more did not bring the outcome on"
                + " track.",
            "paragraphs 50-51"),
            (c, x, r) -> behindTarget(c, r, settings, true)),
        Rule.of(info(PRIORITIES_FUNDED, Severity.WARNING,
            "Outcomes that DWCP priorities ask for get at least a stated share of the P&B's"
                + " resources",
            "The P&B shows the gap between the priorities of Decent Work Country Programmes and"
                + " the resources available.",
            "paragraph 49"),
            (c, x, r) -> prioritiesFunded(c, r, settings))));
  }

  /**
   * Returns a validator of programme cycles by the default rules; findings name the cycle by its
   * P&amp;B's id.
   *
   * @return the validator
   */
  public static Validator<ProgrammeCycle> validator() {
    return validator(DEFAULT);
  }

  /**
   * Returns a validator of programme cycles by the given rules; findings name the cycle by its
   * P&amp;B's id.
   *
   * @param rules the rules, such as {@link #ruleSet(CycleRuleSettings)} with severities changed
   * @return the validator
   */
  public static Validator<ProgrammeCycle> validator(RuleSet<ProgrammeCycle> rules) {
    return Validator.of(
        requireNonNull(rules, "rules"), c -> c.programmeAndBudget().id().toString());
  }

  private static RuleInfo info(
      RuleId id, Severity severity, String description, String rationale, String where) {
    return RuleInfo.builder()
        .id(id)
        .defaultSeverity(severity)
        .description(description)
        .rationale(rationale)
        .source(SOURCE + where)
        .build();
  }

  private static Location outcome(ResultId id) {
    return Location.of("outcomes", id.toString());
  }

  /** The results on the lowest level of the P&amp;B framework's scheme, in framework order. */
  static List<Result> immediateOutcomes(ProgrammeAndBudget pb) {
    ResultsFramework f = pb.framework();
    String lowest = f.levelScheme().lowest();
    List<Result> out = new ArrayList<>();
    for (Result r : f.results()) {
      if (r.level().equals(lowest)) {
        out.add(r);
      }
    }
    return out;
  }

  private static void bienniumInsideSpf(ProgrammeCycle c, ValidationContext x, Reporter r) {
    ProgrammeAndBudget pb = c.programmeAndBudget();
    StrategicPolicyFramework spf = c.spf();
    if (!pb.spf().equals(spf.id())) {
      r.report(Location.of("programmeAndBudget", "spf"), OTHER_SPF, pb.id(), pb.spf(), spf.id());
    }
    if (pb.biennium().firstYear() < spf.period().firstYear()
        || pb.biennium().lastYear() > spf.period().lastYear()) {
      r.report(Location.of("programmeAndBudget", "biennium"), OUTSIDE_PERIOD,
          pb.id(), pb.biennium(), spf.id(), spf.period());
    }
  }

  private static void outcomesFromSpf(ProgrammeCycle c, ValidationContext x, Reporter r) {
    ProgrammeAndBudget pb = c.programmeAndBudget();
    StrategicPolicyFramework spf = c.spf();
    LocalDate date = pb.adoptedOn().orElse(c.asOf());
    if (date.isBefore(spf.adoptedOn())) {
      r.report(Location.of("programmeAndBudget", "adoptedOn"), BEFORE_SPF,
          pb.id(), date, spf.id(), spf.adoptedOn());
      return;
    }
    ResultsFramework asAdopted = spf.asOf(date).framework();
    for (Result result : pb.framework().results()) {
      if (asAdopted.result(result.id()).isEmpty()) {
        r.report(Location.of("programmeAndBudget", "results", result.id().toString()),
            NOT_IN_SPF, result.id(), spf.id(), date);
      }
    }
  }

  private static void outcomesResourced(ProgrammeCycle c, ValidationContext x, Reporter r) {
    ProgrammeAndBudget pb = c.programmeAndBudget();
    var totals = pb.totalsByOutcome();
    for (Result io : immediateOutcomes(pb)) {
      Money total = totals.get(io.id());
      if (total == null || total.isZero()) {
        r.report(outcome(io.id()), NO_RESOURCES, io.id());
      }
    }
  }

  private static void expenditureMatches(ProgrammeCycle c, ValidationContext x, Reporter r) {
    if (c.expenditure().isEmpty()) {
      return;
    }
    Expenditure e = c.expenditure().get();
    ProgrammeAndBudget pb = c.programmeAndBudget();
    if (!e.programmeAndBudget().equals(pb.id())) {
      r.report(Location.of("expenditure", "programmeAndBudget"), OTHER_PROGRAMME_AND_BUDGET,
          e.programmeAndBudget(), pb.id());
    }
    if (!e.currency().equals(pb.currency())) {
      r.report(Location.of("expenditure", "currency"), OTHER_CURRENCY,
          e.currency().getCurrencyCode(), pb.currency().getCurrencyCode());
    }
    TreeSet<String> reported = new TreeSet<>();
    List<ResultId> outcomes = immediateOutcomes(pb).stream().map(Result::id).toList();
    for (ExpenditureEntry entry : e.entries()) {
      if (!outcomes.contains(entry.outcome()) && reported.add(entry.outcome().toString())) {
        r.report(Location.of("expenditure", "outcomes", entry.outcome().toString()),
            NOT_AN_OUTCOME, entry.outcome(), pb.id());
      }
    }
  }

  private static void totalsMatch(ProgrammeCycle c, ValidationContext x, Reporter r) {
    ProgrammeAndBudget pb = c.programmeAndBudget();
    for (StatedTotal stated : pb.statedTotals()) {
      Money allocated = pb.total(stated.source());
      if (allocated.compareTo(stated.amount()) != 0) {
        r.report(Location.of("programmeAndBudget", "statedTotals", stated.source().name()),
            TOTAL_MISMATCH, stated.source(), allocated, stated.amount());
      }
    }
  }

  private static void strategiesComplete(ProgrammeCycle c, ValidationContext x, Reporter r) {
    ProgrammeAndBudget pb = c.programmeAndBudget();
    for (Result io : immediateOutcomes(pb)) {
      Optional<OutcomeStrategy> strategy = pb.outcomeStrategy(io.id());
      if (strategy.isEmpty()) {
        r.report(outcome(io.id()), NO_STRATEGY, io.id());
        continue;
      }
      var missing = strategy.get().missingTopics();
      if (!missing.isEmpty()) {
        List<String> names = missing.stream().map(StrategyTopic::name).toList();
        r.report(Location.of("outcomes", io.id().toString(), "strategy"), MISSING_TOPICS,
            io.id(), missing.size(), names);
      }
    }
  }

  /** The P&amp;B and expenditure can be compared: same P&amp;B, same currency. */
  private static Optional<Expenditure> comparable(ProgrammeCycle c) {
    return c.expenditure().filter(e -> e.currency().equals(c.programmeAndBudget().currency()));
  }

  private static void withinAllocation(ProgrammeCycle c, ValidationContext x, Reporter r) {
    Optional<Expenditure> found = comparable(c);
    if (found.isEmpty()) {
      return;
    }
    ProgrammeAndBudget pb = c.programmeAndBudget();
    for (Result io : immediateOutcomes(pb)) {
      for (FundingSource source : FundingSource.values()) {
        Money spent = found.get().total(io.id(), source);
        Money allocated = pb.total(io.id(), source);
        if (spent.isGreaterThan(allocated)) {
          r.report(Location.of("outcomes", io.id().toString(), source.name()), OVERSPENT,
              io.id(), source, spent, allocated);
        }
      }
    }
  }

  private static void behindTarget(
      ProgrammeCycle c, Reporter r, CycleRuleSettings settings, boolean over) {
    Optional<Expenditure> found = comparable(c);
    if (found.isEmpty()) {
      return;
    }
    ProgrammeAndBudget pb = c.programmeAndBudget();
    ProgressReport progress =
        ProgressCalculator.of(ProgressSettings.defaults()).report(pb.framework(), c.asOf());
    var spentByOutcome = found.get().totalsByOutcome();
    for (Result io : immediateOutcomes(pb)) {
      if (!isBehind(io, progress)) {
        continue;
      }
      Money allocated = Money.zero(pb.currency());
      for (Allocation a : pb.allocationsTo(io.id())) {
        if (a.year() <= c.asOf().getYear()) {
          allocated = allocated.plus(a.amount());
        }
      }
      if (allocated.isZero()) {
        continue;
      }
      Money spent = spentByOutcome.getOrDefault(io.id(), Money.zero(pb.currency()));
      BigDecimal percent = spent.ratioTo(allocated).multiply(HUNDRED);
      if (over && percent.compareTo(settings.overspendingPercent()) > 0) {
        r.report(outcome(io.id()), OVERSPENT_BEHIND, io.id(), spent, allocated,
            plain(percent), plain(settings.overspendingPercent()));
      } else if (!over && percent.compareTo(settings.underspendingPercent()) < 0) {
        r.report(outcome(io.id()), UNDERSPENT_BEHIND, io.id(), spent, allocated,
            plain(percent), plain(settings.underspendingPercent()));
      }
    }
  }

  private static boolean isBehind(Result io, ProgressReport progress) {
    for (Indicator i : io.indicators()) {
      Optional<IndicatorProgress> p = progress.indicator(i.id());
      if (p.isPresent() && p.get().status() == ProgressStatus.BEHIND) {
        return true;
      }
    }
    return false;
  }

  /** A percentage for people: one decimal, half-even, without a trailing zero. */
  private static String plain(BigDecimal percent) {
    BigDecimal rounded = percent.setScale(1, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
    return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
  }

  private static void prioritiesFunded(
      ProgrammeCycle c, Reporter r, CycleRuleSettings settings) {
    ProgrammeAndBudget pb = c.programmeAndBudget();
    Money total = pb.total();
    var byOutcome = pb.totalsByOutcome();
    for (ResultId asked : pb.outcomesAskedForByDwcps()) {
      Money funded = byOutcome.getOrDefault(asked, Money.zero(pb.currency()));
      BigDecimal percent =
          total.isZero() ? BigDecimal.ZERO : funded.ratioTo(total).multiply(HUNDRED);
      if (percent.compareTo(settings.priorityFundingPercent()) < 0) {
        TreeSet<String> countries = new TreeSet<>();
        for (DwcpPriority p : pb.dwcpPriorities()) {
          if (p.outcomes().contains(asked)) {
            countries.add(p.country());
          }
        }
        r.report(outcome(asked), PRIORITY_UNDERFUNDED, asked, List.copyOf(countries),
            plain(percent), plain(settings.priorityFundingPercent()));
      }
    }
  }
}
