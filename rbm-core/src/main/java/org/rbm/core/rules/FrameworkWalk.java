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
 * result and each indicator is visited once, and each active rule's hook called for it. A hook
 * that throws is reported to its {@link Walker} and the walk goes on. Time linear in the number of
 * results, indicators and contribution links, plus what the hooks cost; per indicator, nothing is
 * allocated but its visit (locations are made only when a rule asks for one).
 */
final class FrameworkWalk implements Walk<ResultsFramework> {
  static final FrameworkWalk INSTANCE = new FrameworkWalk();

  private static final Location RESULTS = Location.of("results");

  private FrameworkWalk() {}

  /** Only {@link FrameworkRule}s name this walk (their {@code walk()} is final). */
  private static FrameworkRule hooks(Walker<ResultsFramework> walker) {
    return (FrameworkRule) walker.rule();
  }

  @Override
  public void walk(
      ResultsFramework framework, ValidationContext context, List<Walker<ResultsFramework>> rules) {
    for (Walker<ResultsFramework> w : rules) {
      if (w.isActive()) {
        try {
          hooks(w).checkFramework(framework, context, w.reporter());
        } catch (RuntimeException e) {
          w.fail(Location.ROOT.withTrustedIndexPath(""), e);
        }
      }
    }
    // Indices in the document: results and contribution links are arrays of the framework.
    Map<ResultId, Integer> indices = indicesOf(framework);
    ImmutableListMultimap.Builder<ResultId, Integer> bySource = ImmutableListMultimap.builder();
    ImmutableList<ContributionLink> allLinks = framework.contributions();
    for (int k = 0; k < allLinks.size(); k++) {
      bySource.put(allLinks.get(k).source(), k);
    }
    ImmutableListMultimap<ResultId, Integer> links = bySource.build();
    // Tree order visits a parent before its children, so the parent's location is known.
    Map<ResultId, Location> locations = new HashMap<>();
    for (Result result : framework.resultsInTreeOrder()) {
      Location byIds = result.parent().map(locations::get).orElse(RESULTS).child(result.id().code());
      locations.put(result.id(), byIds);
      int index = indexOf(indices, result.id());
      String indexPath = "results[" + index + "]";
      ResultVisit visit = new ResultVisit(framework, context, result,
          byIds.withTrustedIndexPath(indexPath), framework.children(result.id()),
          links.get(result.id()), indices);
      for (Walker<ResultsFramework> w : rules) {
        if (w.isActive()) {
          try {
            hooks(w).checkResult(visit, w.reporter());
          } catch (RuntimeException e) {
            w.fail(visit.location(), e);
          }
        }
      }
      ImmutableList<Indicator> indicators = result.indicators();
      for (int j = 0; j < indicators.size(); j++) {
        IndicatorVisit indicatorVisit =
            new IndicatorVisit(framework, context, result, indicators.get(j), byIds, indexPath, j);
        // By index: this loop runs for every indicator, and an iterator is an allocation each time.
        for (int k = 0; k < rules.size(); k++) {
          Walker<ResultsFramework> w = rules.get(k);
          if (w.isActive()) {
            try {
              hooks(w).checkIndicator(indicatorVisit, w.reporter());
            } catch (RuntimeException e) {
              w.fail(indicatorVisit.location(), e);
            }
          }
        }
      }
    }
  }

  static Map<ResultId, Integer> indicesOf(ResultsFramework framework) {
    Map<ResultId, Integer> indices = new HashMap<>();
    ImmutableList<Result> results = framework.results();
    for (int i = 0; i < results.size(); i++) {
      indices.put(results.get(i).id(), i);
    }
    return indices;
  }

  static int indexOf(Map<ResultId, Integer> indices, ResultId id) {
    Integer index = indices.get(id);
    if (index == null) {
      throw new IllegalStateException("result " + id + " is not in the framework's results");
    }
    return index;
  }

  /** The position of an element in a list, by identity first (equal duplicates), then equality. */
  @SuppressWarnings("ReferenceEquality") // identity tells apart equal elements given twice
  static <T> int position(List<T> list, T element) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == element) {
        return i;
      }
    }
    int i = list.indexOf(element);
    if (i < 0) {
      throw new IllegalArgumentException(element + " is not part of the visited piece");
    }
    return i;
  }
}
