package org.rbm.core.rules;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/**
 * One result as a {@link FrameworkRule} sees it during the walk: the result, where it is, its
 * children and the contribution links that start from it. Immutable and thread-safe.
 */
public final class ResultVisit {
  private final ResultsFramework framework;
  private final ValidationContext context;
  private final Result result;
  private final Location location;
  private final ImmutableList<Result> children;
  private final ImmutableList<Integer> linkIndices;
  private final Map<ResultId, Integer> resultIndices;

  ResultVisit(
      ResultsFramework framework,
      ValidationContext context,
      Result result,
      Location location,
      ImmutableList<Result> children,
      ImmutableList<Integer> linkIndices,
      Map<ResultId, Integer> resultIndices) {
    this.framework = framework;
    this.context = context;
    this.result = result;
    this.location = location;
    this.children = children;
    this.linkIndices = linkIndices;
    this.resultIndices = resultIndices;
  }

  /**
   * Returns the framework being walked.
   *
   * @return the framework
   */
  public ResultsFramework framework() {
    return framework;
  }

  /**
   * Returns what the validation knows besides the framework.
   *
   * @return the context
   */
  public ValidationContext context() {
    return context;
  }

  /**
   * Returns the result.
   *
   * @return the result
   */
  public Result result() {
    return result;
  }

  /**
   * Returns where the result is, such as {@code /results/SO2/OC2.1}, with its index path, such as
   * {@code results[4]}.
   *
   * @return the location
   */
  public Location location() {
    return location;
  }

  /**
   * Returns the results one level below, in the order given.
   *
   * @return the children
   */
  public ImmutableList<Result> children() {
    return children;
  }

  /**
   * Returns the framework's contribution links that start from this result, in the order given.
   *
   * @return the links
   */
  public ImmutableList<ContributionLink> contributions() {
    ImmutableList<ContributionLink> all = framework.contributions();
    ImmutableList.Builder<ContributionLink> mine =
        ImmutableList.builderWithExpectedSize(linkIndices.size());
    for (int k : linkIndices) {
      mine.add(all.get(k));
    }
    return mine.build();
  }

  /**
   * Returns the rank of the result's level: 0 for the highest level of the scheme.
   *
   * @return the rank
   */
  public int rank() {
    return framework.levelScheme().rankOf(result.level());
  }

  /**
   * Tells whether the result sits on the lowest level of the scheme.
   *
   * @return whether its level is the lowest
   */
  public boolean isOnLowestLevel() {
    return result.level().equals(framework.levelScheme().lowest());
  }

  /**
   * Returns the location of a contribution link of this result, such as {@code
   * /results/DW1/DW1.1/contributions/PB-2008-09/IO1a.1}, with its index path in the framework's
   * {@code contributions} array, such as {@code contributions[1]}.
   *
   * @param link the link
   * @return its location
   */
  public Location locationOf(ContributionLink link) {
    ImmutableList<ContributionLink> all = framework.contributions();
    int k = -1;
    for (int index : linkIndices) {
      if (all.get(index).equals(link)) {
        k = index;
        break;
      }
    }
    if (k < 0) {
      throw new IllegalArgumentException(link + " does not start from " + result.id());
    }
    return location
        .child("contributions", link.targetFramework().code(), link.targetResult().code())
        .withTrustedIndexPath("contributions[" + k + "]");
  }

  /**
   * Returns the location of one of this result's children, such as {@code /results/SO2/OC2.1}
   * with its index path {@code results[4]}.
   *
   * @param child a result of {@link #children()}
   * @return its location
   */
  public Location locationOfChild(Result child) {
    return location
        .child(child.id().code())
        .withTrustedIndexPath(
            "results[" + FrameworkWalk.indexOf(resultIndices, child.id()) + "]");
  }
}
