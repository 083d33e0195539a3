package org.rbm.core.rules;

import com.google.common.collect.ImmutableList;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.Result;
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
  private final ImmutableList<ContributionLink> contributions;

  ResultVisit(
      ResultsFramework framework,
      ValidationContext context,
      Result result,
      Location location,
      ImmutableList<Result> children,
      ImmutableList<ContributionLink> contributions) {
    this.framework = framework;
    this.context = context;
    this.result = result;
    this.location = location;
    this.children = children;
    this.contributions = contributions;
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
   * Returns where the result is, such as {@code /results/SO2/OC2.1}.
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
    return contributions;
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
   * /results/DW1/DW1.1/contributions/PB-2008-09/IO1a.1}.
   *
   * @param link the link
   * @return its location
   */
  public Location locationOf(ContributionLink link) {
    return location.child(
        "contributions", link.targetFramework().code(), link.targetResult().code());
  }
}
