package org.rbm.core.results;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Lazy;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.period.PlanningPeriod;

/**
 * A results framework: results on the levels of a {@link LevelScheme}, arranged as a tree through
 * their parents, each measured by indicators, over a planning period.
 *
 * <pre>{@code
 * ResultsFramework pb = ResultsFramework.builder()
 *     .id(FrameworkId.of("PB-2008-09"))
 *     .title("Programme and Budget 2008-09")
 *     .owner("ILO")
 *     .planningPeriod(PlanningPeriod.parse("2008-09"))
 *     .levelScheme(LevelScheme.ILO)
 *     .addResult(strategicObjective)
 *     .addResult(outcome)
 *     .build();
 * List<Result> below = pb.children(ResultId.of("SO1"));
 * }</pre>
 *
 * <p>Invariants checked when built, each reported with the project's {@link
 * InvalidValueException} naming the field (such as {@code results[3].parent}): result ids are unique
 * within the framework, and so are indicator ids; every result's level belongs to the scheme; every
 * parent exists and sits exactly one level up (so there is no cycle); every contribution link starts
 * from a result of this framework. Quality rules that span objects (a lowest-level result with no
 * indicator, targets outside the planning period) are the rules engine's, not construction's.
 *
 * <p>Queries are answered from an index built once, on first use, in time linear in the number of
 * results and indicators; each query then costs time linear in the size of its answer. Immutable
 * and thread-safe.
 */
@Immutable
public abstract class ResultsFramework implements WithResultsFramework {
  ResultsFramework() {}

  /**
   * Returns the identifier.
   *
   * @return the id
   */
  public abstract FrameworkId id();

  /**
   * Returns the title, such as {@code Programme and Budget 2008-09}.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the organisation or unit that owns the framework, such as {@code ILO}.
   *
   * @return the owner, not blank
   */
  public abstract String owner();

  /**
   * Returns the planning period, such as {@code 2008-09}.
   *
   * @return the period
   */
  public abstract PlanningPeriod planningPeriod();

  /**
   * Returns the levels the results sit on.
   *
   * @return the scheme
   */
  public abstract LevelScheme levelScheme();

  /**
   * Returns all results, in the order given. Use {@link #resultsInTreeOrder()} for the tree.
   *
   * @return the results
   */
  public abstract ImmutableList<Result> results();

  /**
   * Returns the links from results of this framework to results of other frameworks.
   *
   * @return the links, in the order given
   */
  public abstract ImmutableList<ContributionLink> contributions();

  @Lazy
  FrameworkIndex index() {
    return new FrameworkIndex(levelScheme(), results());
  }

  @Check
  final void check() {
    if (title().isBlank()) {
      throw new InvalidValueException("title", title(), "a title that is not blank");
    }
    if (owner().isBlank()) {
      throw new InvalidValueException("owner", owner(), "an owner that is not blank");
    }
    FrameworkIndex index = index();
    Set<ContributionLink> seen = new HashSet<>();
    for (int i = 0; i < contributions().size(); i++) {
      ContributionLink link = contributions().get(i);
      if (!index.results.containsKey(link.source())) {
        throw new InvalidValueException(
            "contributions[" + i + "].source", link.source(), "the id of a result in this framework");
      }
      if (!seen.add(link)) {
        throw new InvalidValueException(
            "contributions[" + i + "]",
            link.source() + " -> " + link.targetFramework() + "/" + link.targetResult(),
            "a link not given before");
      }
    }
  }

  /**
   * Finds a result by id.
   *
   * @param id the result's id
   * @return the result, or empty if the framework has none with that id
   */
  public final Optional<Result> result(ResultId id) {
    return Optional.ofNullable(index().results.get(requireNonNull(id, "id")));
  }

  /**
   * Finds an indicator by id, whichever result it measures.
   *
   * @param id the indicator's id
   * @return the indicator, or empty if the framework has none with that id
   */
  public final Optional<Indicator> indicator(IndicatorId id) {
    return Optional.ofNullable(index().indicators.get(requireNonNull(id, "id")));
  }

  /**
   * Finds the result an indicator measures.
   *
   * @param id the indicator's id
   * @return the result, or empty if the framework has no indicator with that id
   */
  public final Optional<Result> resultOf(IndicatorId id) {
    return Optional.ofNullable(index().ownerOfIndicator.get(requireNonNull(id, "id")));
  }

  /**
   * Returns a copy with one result changed in place, such as {@code
   * framework.updateResult(ResultId.of("OC1"), r -> r.withTitle("Jobs for young people"))}. The
   * other results keep their order; the invariants of the framework are checked again.
   *
   * <p>Linear in the number of results.
   *
   * @param id the result's id
   * @param edit the change, given the current result
   * @return the changed framework
   * @throws InvalidValueException if the framework has no result with that id ({@code resultId}), or
   *     the changed framework breaks an invariant (for example, the edit changed the id of a parent)
   */
  public final ResultsFramework updateResult(ResultId id, UnaryOperator<Result> edit) {
    requireNonNull(id, "id");
    requireNonNull(edit, "edit");
    int at = indexOf(id);
    ImmutableList.Builder<Result> changed =
        ImmutableList.builderWithExpectedSize(results().size());
    for (int i = 0; i < results().size(); i++) {
      Result r = results().get(i);
      changed.add(i == at ? requireNonNull(edit.apply(r), "edited result") : r);
    }
    return withResults(changed.build());
  }

  /**
   * Returns a copy with the result of the same id replaced by the given one, at the same place.
   *
   * <p>Linear in the number of results.
   *
   * @param result the new form of a result of this framework
   * @return the changed framework
   * @throws InvalidValueException if the framework has no result with that id (the field {@code
   *     resultId}), or the changed framework breaks an invariant
   */
  public final ResultsFramework replaceResult(Result result) {
    requireNonNull(result, "result");
    return updateResult(result.id(), r -> result);
  }

  /**
   * Returns a copy with one indicator changed in place, whichever result it measures, such as
   * {@code framework.updateIndicator(IndicatorId.of("IND-1"), i -> i.withActual(DateRange.ofYear(2025),
   * DataPoint.of(Value.of(60))))}.
   *
   * <p>Linear in the number of results and of that result's indicators.
   *
   * @param id the indicator's id
   * @param edit the change, given the current indicator
   * @return the changed framework
   * @throws InvalidValueException if the framework has no indicator with that id ({@code
   *     indicatorId}), or the changed framework breaks an invariant (an indicator id used twice)
   */
  public final ResultsFramework updateIndicator(IndicatorId id, UnaryOperator<Indicator> edit) {
    requireNonNull(edit, "edit");
    Result owner =
        resultOf(requireNonNull(id, "id"))
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "indicatorId", id, "the id of an indicator in this framework"));
    ImmutableList.Builder<Indicator> indicators =
        ImmutableList.builderWithExpectedSize(owner.indicators().size());
    for (Indicator i : owner.indicators()) {
      indicators.add(i.id().equals(id) ? requireNonNull(edit.apply(i), "edited indicator") : i);
    }
    return replaceResult(owner.withIndicators(indicators.build()));
  }

  /**
   * Returns a copy with the indicator of the same id replaced by the given one, at the same place.
   *
   * @param indicator the new form of an indicator of this framework
   * @return the changed framework
   * @throws InvalidValueException if the framework has no indicator with that id ({@code
   *     indicatorId}), or the changed framework breaks an invariant
   */
  public final ResultsFramework replaceIndicator(Indicator indicator) {
    requireNonNull(indicator, "indicator");
    return updateIndicator(indicator.id(), i -> indicator);
  }

  private int indexOf(ResultId id) {
    for (int i = 0; i < results().size(); i++) {
      if (results().get(i).id().equals(id)) {
        return i;
      }
    }
    throw new InvalidValueException("resultId", id, "the id of a result in this framework");
  }

  /**
   * Returns the results without a parent, in the order given.
   *
   * @return the roots
   */
  public final ImmutableList<Result> roots() {
    return index().roots;
  }

  /**
   * Returns the results whose parent is the given result, in the order given.
   *
   * @param id the parent's id
   * @return the children; empty for a result on the lowest level
   * @throws InvalidValueException if the framework has no result with that id
   */
  public final ImmutableList<Result> children(ResultId id) {
    index().require(requireNonNull(id, "id"));
    return index().children.get(id);
  }

  /**
   * Returns the path from a result up to its root: the result, its parent, and so on.
   *
   * @param id the result's id
   * @return the path, starting with the result and ending with a root
   * @throws InvalidValueException if the framework has no result with that id
   */
  public final ImmutableList<Result> pathToRoot(ResultId id) {
    FrameworkIndex index = index();
    ImmutableList.Builder<Result> path = ImmutableList.builder();
    Result r = index.require(requireNonNull(id, "id"));
    path.add(r);
    while (r.parent().isPresent()) {
      r = index.require(r.parent().get());
      path.add(r);
    }
    return path.build();
  }

  /**
   * Returns the result and every result below it, in tree order.
   *
   * @param id the result's id
   * @return the subtree, starting with the result
   * @throws InvalidValueException if the framework has no result with that id
   */
  public final ImmutableList<Result> subtree(ResultId id) {
    return ImmutableList.copyOf(index().subtree(requireNonNull(id, "id")));
  }

  /**
   * Returns the indicators of a result and of every result below it, in tree order.
   *
   * @param id the result's id
   * @return the indicators
   * @throws InvalidValueException if the framework has no result with that id
   */
  public final ImmutableList<Indicator> indicatorsBelow(ResultId id) {
    ImmutableList.Builder<Indicator> below = ImmutableList.builder();
    for (Result r : index().subtree(requireNonNull(id, "id"))) {
      below.addAll(r.indicators());
    }
    return below.build();
  }

  /**
   * Returns every indicator of the framework, in tree order of their results.
   *
   * @return the indicators
   */
  public final ImmutableList<Indicator> indicators() {
    ImmutableList.Builder<Indicator> all = ImmutableList.builder();
    for (Result r : index().treeOrder) {
      all.addAll(r.indicators());
    }
    return all.build();
  }

  /**
   * Returns the results on a level, in tree order.
   *
   * @param level the level's name, such as {@code outcome}
   * @return the results on that level
   * @throws InvalidValueException if the scheme has no such level
   */
  public final ImmutableList<Result> resultsAtLevel(String level) {
    int unused = levelScheme().rankOf(level); // throws for a level the scheme lacks
    ImmutableList.Builder<Result> at = ImmutableList.builder();
    for (Result r : index().treeOrder) {
      if (r.level().equals(level)) {
        at.add(r);
      }
    }
    return at.build();
  }

  /**
   * Returns all results in tree order: each root, then depth first below it, siblings in the order
   * given.
   *
   * @return the results
   */
  public final ImmutableList<Result> resultsInTreeOrder() {
    return index().treeOrder;
  }

  /**
   * Returns the depth of a result: 0 for a root, 1 for its children, and so on.
   *
   * @param id the result's id
   * @return the depth
   * @throws InvalidValueException if the framework has no result with that id
   */
  public final int depth(ResultId id) {
    return pathToRoot(id).size() - 1;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if a required
   *     attribute is missing or an invariant is broken
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ResultsFramework}: set its id, title, owner, planning period and level scheme,
   * add its results (in any order: a parent need not come before its children) and contribution
   * links, then call {@code build()}, which throws {@link InvalidValueException} naming the
   * attribute that is missing or the invariant that is broken, with a path such as {@code
   * results[2].parent}.
   *
   * <p>{@code addResult} adds one result, {@code addResults} several, {@code addAllResults} an
   * {@code Iterable} of them, and {@code results(Iterable)} replaces those added so far; the same
   * forms exist for {@code contributions}.
   *
   * <p>Each method that sets an attribute returns this builder. {@code from(..)} starts from an
   * existing value, which is how to change several attributes at once. A builder is not
   * thread-safe; the value it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableResultsFramework.Builder {
    Builder() {}
  }
}
