package org.rbm.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.ExternalReference;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/**
 * Draws whole frameworks in time linear in their size. Sizes are drawn first (levels used, then
 * results per level), so shrinking them first removes whole levels and results; each result then
 * picks its parent among the results one level up (shrinking towards the first) and draws its
 * indicators.
 *
 * <p>Ids are unique by construction: a result's id is its level's prefix and its path of child
 * numbers ({@code SO1}, {@code OC1.2}, {@code IO1.2.1}); indicators are numbered through the
 * framework ({@code IND-1}, {@code IND-2}, ...).
 */
public final class FrameworkFactory {
  private FrameworkFactory() {}

  /**
   * Draws a framework.
   *
   * @param in the randomness
   * @param spec what to draw
   * @return the framework
   */
  public static ResultsFramework draw(RandomnessSource in, FrameworkSpec spec) {
    LevelScheme scheme = spec.scheme().orElseGet(() -> LevelSchemes.draw(in));
    PlanningPeriod period = spec.periods().draw(in);
    String kind = Draw.pick(in, Texts.FRAMEWORK_PREFIXES);
    int levelCount = scheme.levels().size();
    int levels =
        Draw.between(
            in, Math.min(spec.minLevels(), levelCount), Math.min(spec.maxLevels(), levelCount));
    int[] perLevel = new int[levels];
    for (int k = 0; k < levels; k++) {
      perLevel[k] = Draw.between(in, spec.minResultsPerLevel(), spec.maxResultsPerLevel());
    }

    List<Result> results = new ArrayList<>();
    // The numeric paths ("1.2") of the results on the level above, and their children so far.
    List<String> abovePaths = List.of();
    int[] childrenSoFar = new int[0];
    int[] indicatorNumber = {0};
    for (int k = 0; k < levels; k++) {
      String level = scheme.levels().get(k);
      String prefix = LevelSchemes.idPrefix(scheme, k);
      List<String> paths = new ArrayList<>(perLevel[k]);
      for (int i = 0; i < perLevel[k]; i++) {
        Result.Builder result = Result.builder().level(level);
        String path;
        if (k == 0) {
          path = Integer.toString(i + 1);
        } else {
          int parent = Draw.between(in, 0, abovePaths.size() - 1);
          path = abovePaths.get(parent) + "." + ++childrenSoFar[parent];
          result.parent(ResultId.of(LevelSchemes.idPrefix(scheme, k - 1) + abovePaths.get(parent)));
        }
        paths.add(path);
        result.id(ResultId.of(prefix + path));
        results.add(details(in, result, period, spec, indicatorNumber));
      }
      abovePaths = paths;
      childrenSoFar = new int[paths.size()];
    }
    if (spec.shuffled()) {
      // Fisher-Yates with drawn indices: the framework must not depend on the order given.
      for (int i = results.size() - 1; i > 0; i--) {
        int j = Draw.between(in, 0, i);
        Result swap = results.get(i);
        results.set(i, results.get(j));
        results.set(j, swap);
      }
    }

    ResultsFramework.Builder framework =
        ResultsFramework.builder()
            .id(FrameworkId.of(kind + "-" + period))
            .title(Texts.FRAMEWORK_TITLES.get(kind) + " " + period)
            .owner(Draw.pick(in, Texts.OWNERS))
            .planningPeriod(period)
            .levelScheme(scheme)
            .addAllResults(results);
    if (!results.isEmpty()) {
      int links = Draw.between(in, spec.minContributions(), spec.maxContributions());
      FrameworkId global = FrameworkId.of("PB-" + period);
      for (int c = 0; c < links; c++) {
        // The target differs per link, so links never repeat.
        ContributionLink.Builder link =
            ContributionLink.builder()
                .source(Draw.pick(in, results).id())
                .targetFramework(global)
                .targetResult(ResultId.of("IO1.1." + (c + 1)));
        if (Draw.chance(in, 30)) {
          link.note(Draw.pick(in, Texts.CONTRIBUTION_NOTES));
        }
        framework.addContributions(link.build());
      }
    }
    return framework.build();
  }

  private static Result details(
      RandomnessSource in,
      Result.Builder result,
      PlanningPeriod period,
      FrameworkSpec spec,
      int[] indicatorNumber) {
    result.title(Draw.pick(in, Texts.RESULT_TITLES));
    int assumptions = Draw.between(in, 0, 2);
    for (int a = 0; a < assumptions; a++) {
      result.addAssumptions(Draw.pick(in, Texts.ASSUMPTIONS));
    }
    if (Draw.chance(in, 40)) {
      result.addExternalReferences(ExternalReference.of("SDG", Draw.pick(in, Texts.SDG_TARGETS)));
    }
    if (spec.indicators().interchangeParts()) {
      if (Draw.chance(in, 50)) {
        result.suitableForAggregation(Draw.chance(in, 50));
      }
      if (Draw.chance(in, 20)) {
        result.addExternalReferences(ExternalReference.of("99", "R-" + Draw.between(in, 1, 99))
            .withVocabularyUri("https://example.org/vocabulary.html"));
      }
    }
    int indicators =
        Draw.between(in, spec.minIndicatorsPerResult(), spec.maxIndicatorsPerResult());
    for (int n = 0; n < indicators; n++) {
      IndicatorId id = IndicatorId.of("IND-" + ++indicatorNumber[0]);
      result.addIndicators(IndicatorFactory.draw(in, id, period, spec.indicators()));
    }
    return result.build();
  }
}
