package org.rbm.core.results;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;

/**
 * The lookup tables of one framework, built in one pass over its results; building them checks the
 * framework's structural invariants. Every query of {@link ResultsFramework} is answered from here
 * in time linear in the size of its answer.
 */
final class FrameworkIndex {
  final ImmutableMap<ResultId, Result> results;
  final ImmutableMap<IndicatorId, Indicator> indicators;
  final ImmutableMap<IndicatorId, Result> ownerOfIndicator;
  final ImmutableListMultimap<ResultId, Result> children;
  final ImmutableList<Result> roots;
  /** All results in tree order (depth first, siblings in the order given). */
  final ImmutableList<Result> treeOrder;
  /** Position of each result in {@link #treeOrder}. */
  final ImmutableMap<ResultId, Integer> position;
  /** For the result at position i, the position just past its subtree. */
  private final int[] subtreeEnd;

  FrameworkIndex(LevelScheme scheme, List<Result> all) {
    Map<ResultId, Integer> declared = new HashMap<>();
    Map<IndicatorId, String> indicatorFields = new HashMap<>();
    ImmutableMap.Builder<IndicatorId, Indicator> indicatorsBuilder = ImmutableMap.builder();
    ImmutableMap.Builder<IndicatorId, Result> owners = ImmutableMap.builder();
    for (int i = 0; i < all.size(); i++) {
      Result r = all.get(i);
      Integer earlier = declared.putIfAbsent(r.id(), i);
      if (earlier != null) {
        throw new InvalidValueException(
            "results[" + i + "].id", r.id(), "an id not used before (results[" + earlier + "])");
      }
      if (!scheme.contains(r.level())) {
        throw new InvalidValueException(
            "results[" + i + "].level", r.level(), "one of the levels " + scheme.levels());
      }
      for (int j = 0; j < r.indicators().size(); j++) {
        Indicator indicator = r.indicators().get(j);
        String field = "results[" + i + "].indicators[" + j + "].id";
        String before = indicatorFields.putIfAbsent(indicator.id(), field);
        if (before != null) {
          throw new InvalidValueException(
              field, indicator.id(), "an indicator id not used before (" + before + ")");
        }
        indicatorsBuilder.put(indicator.id(), indicator);
        owners.put(indicator.id(), r);
      }
    }
    ImmutableListMultimap.Builder<ResultId, Result> childrenBuilder =
        ImmutableListMultimap.builder();
    ImmutableList.Builder<Result> rootsBuilder = ImmutableList.builder();
    for (int i = 0; i < all.size(); i++) {
      Result r = all.get(i);
      if (r.parent().isEmpty()) {
        rootsBuilder.add(r);
        continue;
      }
      ResultId parentId = r.parent().get();
      Integer p = declared.get(parentId);
      if (p == null) {
        throw new InvalidValueException(
            "results[" + i + "].parent", parentId, "the id of a result in this framework");
      }
      Result parent = all.get(p);
      // Parents sit exactly one level up, so ranks strictly decrease towards the roots: this also
      // rules out cycles.
      if (scheme.rankOf(parent.level()) != scheme.rankOf(r.level()) - 1) {
        throw new InvalidValueException(
            "results[" + i + "].parent",
            parentId + " (" + parent.level() + ")",
            "a result one level above " + r.level() + " in " + scheme);
      }
      childrenBuilder.put(parentId, r);
    }
    this.indicators = indicatorsBuilder.buildOrThrow();
    this.ownerOfIndicator = owners.buildOrThrow();
    this.children = childrenBuilder.build();
    this.roots = rootsBuilder.build();

    ImmutableList.Builder<Result> order = ImmutableList.builderWithExpectedSize(all.size());
    ImmutableMap.Builder<ResultId, Integer> positions = ImmutableMap.builder();
    this.subtreeEnd = new int[all.size()];
    int[] next = {0};
    for (Result root : roots) {
      visit(root, order, positions, next);
    }
    this.treeOrder = order.build();
    this.position = positions.buildOrThrow();
    ImmutableMap.Builder<ResultId, Result> byId = ImmutableMap.builder();
    for (Result r : treeOrder) {
      byId.put(r.id(), r);
    }
    this.results = byId.buildOrThrow();
  }

  // Recursion depth is bounded by the scheme's at most eight levels.
  private void visit(
      Result r,
      ImmutableList.Builder<Result> order,
      ImmutableMap.Builder<ResultId, Integer> positions,
      int[] next) {
    int at = next[0]++;
    order.add(r);
    positions.put(r.id(), at);
    for (Result child : children.get(r.id())) {
      visit(child, order, positions, next);
    }
    subtreeEnd[at] = next[0];
  }

  /** The result and all results below it, in tree order. */
  List<Result> subtree(ResultId id) {
    Integer at = position.get(id);
    if (at == null) {
      throw unknown(id);
    }
    return treeOrder.subList(at, subtreeEnd[at]);
  }

  @CanIgnoreReturnValue
  Result require(ResultId id) {
    Result r = results.get(id);
    if (r == null) {
      throw unknown(id);
    }
    return r;
  }

  private static InvalidValueException unknown(ResultId id) {
    return new InvalidValueException("resultId", id, "the id of a result in this framework");
  }
}
