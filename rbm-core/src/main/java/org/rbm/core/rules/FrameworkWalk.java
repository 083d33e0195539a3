package org.rbm.core.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/**
 * The one walk over a framework that serves all {@link FrameworkRule}s of a validation: each
 * result and each indicator is visited once, and each rule's hook called for it. Time linear in the
 * number of results, indicators and contribution links, plus what the hooks cost.
 */
final class FrameworkWalk {
  private static final Location RESULTS = Location.of("results");

  private FrameworkWalk() {}

  static void walk(
      ResultsFramework framework,
      ValidationContext context,
      List<FrameworkRule> rules,
      List<Reporter> reporters) {
    int n = rules.size();
    for (int i = 0; i < n; i++) {
      rules.get(i).checkFramework(framework, context, reporters.get(i));
    }
    ImmutableListMultimap.Builder<ResultId, ContributionLink> bySource =
        ImmutableListMultimap.builder();
    for (ContributionLink link : framework.contributions()) {
      bySource.put(link.source(), link);
    }
    ImmutableListMultimap<ResultId, ContributionLink> links = bySource.build();
    // Tree order visits a parent before its children, so the parent's location is known.
    Map<ResultId, Location> locations = new HashMap<>();
    for (Result result : framework.resultsInTreeOrder()) {
      Location location =
          result.parent().map(locations::get).orElse(RESULTS).child(result.id().code());
      locations.put(result.id(), location);
      ImmutableList<Result> children = framework.children(result.id());
      ResultVisit visit =
          new ResultVisit(framework, context, result, location, children, links.get(result.id()));
      for (int i = 0; i < n; i++) {
        rules.get(i).checkResult(visit, reporters.get(i));
      }
      for (Indicator indicator : result.indicators()) {
        IndicatorVisit indicatorVisit =
            new IndicatorVisit(
                framework,
                context,
                result,
                indicator,
                location.child("indicators", indicator.id().code()));
        for (int i = 0; i < n; i++) {
          rules.get(i).checkIndicator(indicatorVisit, reporters.get(i));
        }
      }
    }
  }
}
