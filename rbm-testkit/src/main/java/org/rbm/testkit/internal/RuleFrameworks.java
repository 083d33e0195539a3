package org.rbm.testkit.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.rules.Location;

/**
 * What the catalogue of broken frameworks needs besides mutations: making a generated framework
 * keep the results-chain rules, and the locations the rules engine gives results and indicators.
 */
public final class RuleFrameworks {
  private RuleFrameworks() {}

  /**
   * Returns the framework without the results above the lowest level that have no result below
   * them (dropped from the second-lowest level up, so that a parent left childless goes too, with
   * the links that start from them), and with siblings' repeated titles made distinct by their
   * ids. Linear in the size of the framework (times the number of levels).
   *
   * @param generated a framework as {@code RbmGen.frameworks()} draws it
   * @return the framework, keeping the results-chain rules
   */
  public static ResultsFramework keepingRules(ResultsFramework generated) {
    LevelScheme scheme = generated.levelScheme();
    int lowest = scheme.levels().size() - 1;
    Map<ResultId, Integer> children = new HashMap<>();
    for (Result r : generated.results()) {
      r.parent().ifPresent(p -> children.merge(p, 1, Integer::sum));
    }
    Set<ResultId> dropped = new HashSet<>();
    for (int rank = lowest - 1; rank >= 0; rank--) {
      for (Result r : generated.results()) {
        if (scheme.rankOf(r.level()) == rank && children.getOrDefault(r.id(), 0) == 0) {
          dropped.add(r.id());
          r.parent().ifPresent(p -> children.merge(p, -1, Integer::sum));
        }
      }
    }
    Map<String, ResultId> seenTitles = new HashMap<>();
    List<Result> kept = new ArrayList<>();
    for (Result r : generated.results()) {
      if (dropped.contains(r.id())) {
        continue;
      }
      String key = r.parent().map(ResultId::code).orElse("") + "\n" + normalized(r.title());
      kept.add(seenTitles.putIfAbsent(key, r.id()) == null
          ? r
          : r.withTitle(r.title() + " (" + r.id() + ")"));
    }
    List<ContributionLink> links = new ArrayList<>();
    for (ContributionLink link : generated.contributions()) {
      if (!dropped.contains(link.source())) {
        links.add(link);
      }
    }
    return generated.withResults(kept).withContributions(links);
  }

  /** As the rules engine compares sibling titles: case and spacing ignored. */
  private static String normalized(String title) {
    return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the location the rules engine gives a result: {@code /results/} and the ids from its
   * root down to it.
   *
   * @param framework the framework
   * @param id the result's id
   * @return the location, such as {@code /results/SO1/OC1.1}
   * @throws InvalidValueException if the framework has no result with that id
   */
  public static Location locationOf(ResultsFramework framework, ResultId id) {
    ImmutableList<Result> up = framework.pathToRoot(id);
    List<String> segments = new ArrayList<>(up.size() + 1);
    segments.add("results");
    for (Result r : up.reverse()) {
      segments.add(r.id().code());
    }
    return Location.of(segments);
  }

  /**
   * Returns the location the rules engine gives an indicator: its result's, then {@code
   * indicators/} and its id.
   *
   * @param framework the framework
   * @param id the indicator's id
   * @return the location, such as {@code /results/SO1/OC1.1/indicators/IND-3}
   * @throws InvalidValueException if the framework has no indicator with that id
   */
  public static Location locationOf(ResultsFramework framework, IndicatorId id) {
    Result owner = framework.resultOf(id).orElseThrow(() -> new InvalidValueException(
        "indicatorId", id, "the id of an indicator in this framework"));
    return locationOf(framework, owner.id()).child("indicators", id.code());
  }
}
