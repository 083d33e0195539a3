package org.rbm.core.dwcp;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.ImmutableTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.money.Money;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.FundingSource;

/**
 * Many DWCPs, queried as of a day: documents by region and stage (the paper's table), the
 * countries with documents in any stage, how many were assessed by regional QA, the global
 * outcomes their priorities ask for with the resources behind them, and what changed between two
 * days.
 *
 * <pre>{@code
 * DwcpPortfolio portfolio = DwcpPortfolio.of(programmes);
 * DwcpStageTable table = portfolio.countsByRegionAndStage(LocalDate.of(2007, 12, 31));
 * table.stageTotal(DwcpStage.FINAL);                   // 30 in the paper's 2007 table
 * portfolio.countriesWithDocuments(LocalDate.of(2007, 12, 31)).size();   // 75
 * }</pre>
 *
 * <p>A country may have several programmes (one per period), never two for the same period. A
 * programme counts on a day from the day it was recorded, in the stage its history gives for that
 * day. Every query costs time linear in the total size of the programmes and their histories.
 * Immutable and thread-safe.
 */
public final class DwcpPortfolio {
  private final ImmutableList<Dwcp> programmes;

  private DwcpPortfolio(ImmutableList<Dwcp> programmes) {
    this.programmes = programmes;
  }

  /**
   * Returns the portfolio of the given programmes.
   *
   * @param programmes the programmes, at most one per country and period
   * @return the portfolio, in the order given
   * @throws InvalidValueException if two programmes have the same country and period (the field
   *     names the second, {@code programmes[3]})
   */
  public static DwcpPortfolio of(Iterable<Dwcp> programmes) {
    ImmutableList<Dwcp> list = ImmutableList.copyOf(requireNonNull(programmes, "programmes"));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Dwcp d = list.get(i);
      if (!seen.add(d.country() + " " + d.period())) {
        throw new InvalidValueException("programmes[" + i + "]", d.country() + " " + d.period(),
            "one programme per country and period");
      }
    }
    return new DwcpPortfolio(list);
  }

  /**
   * Returns the programmes, as they stand after their whole histories.
   *
   * @return the programmes, in the order given
   */
  public ImmutableList<Dwcp> programmes() {
    return programmes;
  }

  /**
   * Returns the number of programmes.
   *
   * @return the size
   */
  public int size() {
    return programmes.size();
  }

  /**
   * Returns the programmes as they stood at the end of a day: those recorded by then, each with
   * the history entries up to that day.
   *
   * @param day the day
   * @return the programmes, in the order given
   */
  public ImmutableList<Dwcp> asOf(LocalDate day) {
    requireNonNull(day, "day");
    ImmutableList.Builder<Dwcp> out = ImmutableList.builder();
    for (Dwcp d : programmes) {
      d.asOf(day).ifPresent(out::add);
    }
    return out.build();
  }

  /**
   * Counts the documents by region and stage at the end of a day.
   *
   * @param day the day
   * @return the table; its total is the number of programmes recorded by then
   */
  public DwcpStageTable countsByRegionAndStage(LocalDate day) {
    requireNonNull(day, "day");
    Map<IloRegion, Map<DwcpStage, Integer>> n = new EnumMap<>(IloRegion.class);
    for (Dwcp d : programmes) {
      Optional<DwcpStage> stage = d.stageOn(day);
      if (stage.isPresent()) {
        n.computeIfAbsent(d.region(), r -> new EnumMap<>(DwcpStage.class))
            .merge(stage.get(), 1, Integer::sum);
      }
    }
    ImmutableTable.Builder<IloRegion, DwcpStage, Integer> t = ImmutableTable.builder();
    for (IloRegion r : IloRegion.values()) {
      for (DwcpStage s : DwcpStage.values()) {
        t.put(r, s, n.getOrDefault(r, Map.of()).getOrDefault(s, 0));
      }
    }
    return new DwcpStageTable(day, t.build());
  }

  /**
   * Returns the countries with a document in any stage at the end of a day.
   *
   * @param day the day
   * @return ISO 3166 alpha-2 codes, sorted
   */
  public ImmutableSortedSet<String> countriesWithDocuments(LocalDate day) {
    requireNonNull(day, "day");
    Set<String> countries = new TreeSet<>();
    for (Dwcp d : programmes) {
      if (!day.isBefore(d.recordedOn())) {
        countries.add(d.country());
      }
    }
    return ImmutableSortedSet.copyOf(countries);
  }

  /**
   * Counts the programmes with at least one regional QA review recorded by the end of a day,
   * whatever its outcome ("assessed or being assessed by QA").
   *
   * @param day the day
   * @return the count
   */
  public int qaAssessedCount(LocalDate day) {
    int n = 0;
    for (Dwcp d : asOf(day)) {
      if (d.latestQaReview().isPresent()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the global outcomes that the programmes' results contribute to at the end of a day,
   * with the countries that ask for each and the resources behind it. A contribution link from a
   * DWCP result brings the resources of that result and of every result below it; a result whose
   * resources reach the same global outcome through several links counts once for it, but fully
   * for each global outcome it reaches (the resources are not split).
   *
   * @param day the day
   * @return one line per global outcome, sorted by framework and outcome id
   * @throws InvalidValueException if a sum reaches the limit of {@link Money}
   */
  public ImmutableList<OutcomeDemand> outcomeDemand(LocalDate day) {
    Map<String, Target> targets = new TreeMap<>();
    for (Dwcp d : asOf(day)) {
      Map<String, Set<ResultId>> reach = new LinkedHashMap<>();
      for (ContributionLink link : d.framework().contributions()) {
        String key = link.targetFramework() + "\u0000" + link.targetResult();
        Target target = targets.computeIfAbsent(
            key, k -> new Target(link.targetFramework(), link.targetResult()));
        target.countries.add(d.country());
        Set<ResultId> results = reach.computeIfAbsent(key, k -> new HashSet<>());
        for (Result r : d.framework().subtree(link.source())) {
          results.add(r.id());
        }
      }
      reach.forEach((key, results) -> {
        Target target = requireNonNull(targets.get(key));
        for (ResultResource res : d.resources()) {
          if (results.contains(res.result())) {
            target.amounts.computeIfAbsent(res.source(), s -> new ArrayList<>()).add(res.amount());
          }
        }
      });
    }
    ImmutableList.Builder<OutcomeDemand> out = ImmutableList.builder();
    for (Target t : targets.values()) {
      ImmutableMap.Builder<FundingSource, ImmutableList<Money>> bySource = ImmutableMap.builder();
      List<Money> all = new ArrayList<>();
      for (Map.Entry<FundingSource, List<Money>> e : t.amounts.entrySet()) {
        bySource.put(e.getKey(), byCurrency(e.getValue()));
        all.addAll(e.getValue());
      }
      out.add(new OutcomeDemand(t.framework, t.outcome, ImmutableSortedSet.copyOf(t.countries),
          bySource.buildOrThrow(), byCurrency(all)));
    }
    return out.build();
  }

  private static ImmutableList<Money> byCurrency(List<Money> amounts) {
    Map<Currency, List<Money>> groups = new HashMap<>();
    for (Money m : amounts) {
      groups.computeIfAbsent(m.currency(), c -> new ArrayList<>()).add(m);
    }
    List<Money> sums = new ArrayList<>();
    groups.forEach((c, ms) -> sums.add(Money.sum(c, ms)));
    sums.sort(Comparator.comparing(m -> m.currency().getCurrencyCode()));
    return ImmutableList.copyOf(sums);
  }

  /**
   * Returns the programmes whose stage differs between the ends of two days: recorded in between,
   * or moved to another stage.
   *
   * @param from the first day
   * @param to the second day, not before the first
   * @return the changes, in the order of the programmes
   * @throws InvalidValueException if {@code to} is before {@code from}
   */
  public ImmutableList<StageChange> changes(LocalDate from, LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidValueException("to", to, "a day on or after " + from);
    }
    ImmutableList.Builder<StageChange> out = ImmutableList.builder();
    for (Dwcp d : programmes) {
      Optional<DwcpStage> after = d.stageOn(to);
      if (after.isEmpty()) {
        continue;
      }
      @Nullable DwcpStage before = d.stageOn(from).orElse(null);
      if (before != after.get()) {
        out.add(new StageChange(d, before, after.get()));
      }
    }
    return out.build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DwcpPortfolio that && programmes.equals(that.programmes);
  }

  @Override
  public int hashCode() {
    return programmes.hashCode();
  }

  /** Returns {@code DwcpPortfolio{79 programmes}}. */
  @Override
  public String toString() {
    return "DwcpPortfolio{" + programmes.size() + " programmes}";
  }

  private static final class Target {
    final FrameworkId framework;
    final ResultId outcome;
    final Set<String> countries = new TreeSet<>();
    final Map<FundingSource, List<Money>> amounts = new EnumMap<>(FundingSource.class);

    Target(FrameworkId framework, ResultId outcome) {
      this.framework = framework;
      this.outcome = outcome;
    }
  }
}
