package org.rbm.core.rules;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/** The standard rules on the results chain, RBM-RES-001 to RBM-RES-006: see {@link StandardRules}. */
final class ResultsChainRules {
  private static final String ILO = "ILO GB.300/PFA/9/1 (2007)";

  private ResultsChainRules() {}

  static List<FrameworkRule> all() {
    return List.of(
        new LowestResultHasIndicator(),
        new HigherResultHasChildren(),
        new RootOnHighestLevel(),
        new ContributionTargetExists(),
        new ContributionFrameworkKnown(),
        new SiblingTitlesDistinct());
  }

  /** A result's level and id as a programme officer reads them: "immediate outcome IO1a.1". */
  static String name(Result result) {
    return result.level() + " " + result.id();
  }

  static final class LowestResultHasIndicator extends FrameworkRule {
    LowestResultHasIndicator() {
      super(RuleInfo.of(
          "RBM-RES-001", Severity.ERROR,
          "Every result on the lowest level has at least one indicator",
          "A result on the lowest level is where the organisation makes a direct, tangible"
              + " contribution; without an indicator its achievement cannot be measured or"
              + " reported.",
          ILO + ": each immediate outcome has indicators and performance targets"));
    }

    @Override
    protected void checkResult(ResultVisit visit, Reporter reporter) {
      if (visit.isOnLowestLevel() && visit.result().indicators().isEmpty()) {
        reporter.report(visit.location(), capitalized(name(visit.result()))
            + " has no indicator: add at least one, with its baseline and targets.");
      }
    }
  }

  static final class HigherResultHasChildren extends FrameworkRule {
    HigherResultHasChildren() {
      super(RuleInfo.of(
          "RBM-RES-002", Severity.ERROR,
          "Every result above the lowest level has at least one result below it",
          "A higher result is reached through the results below it; one with none breaks the"
              + " results chain and cannot be achieved or reported on.",
          ILO + ": strategic objectives, outcomes and immediate outcomes form one chain;"
              + " OECD-DAC results chain"));
    }

    @Override
    protected void checkResult(ResultVisit visit, Reporter reporter) {
      if (!visit.isOnLowestLevel() && visit.children().isEmpty()) {
        String below = visit.framework().levelScheme().levels().get(visit.rank() + 1);
        reporter.report(visit.location(), capitalized(name(visit.result()))
            + " has no " + below + " below it: add at least one, or remove it.");
      }
    }
  }

  static final class RootOnHighestLevel extends FrameworkRule {
    RootOnHighestLevel() {
      super(RuleInfo.of(
          "RBM-RES-003", Severity.ERROR,
          "No level is skipped: every result without a parent is on the highest level",
          "Parents always sit exactly one level up, so the only way to skip a level is a result"
              + " with no parent below the highest level: its chain stops short of the strategy.",
          ILO + ": three levels aligned with the UN system; OECD-DAC results chain"));
    }

    @Override
    protected void checkResult(ResultVisit visit, Reporter reporter) {
      if (visit.result().parent().isEmpty() && visit.rank() > 0) {
        String highest = visit.framework().levelScheme().highest();
        String above = visit.framework().levelScheme().levels().get(visit.rank() - 1);
        reporter.report(visit.location(), capitalized(name(visit.result()))
            + " has no parent, so it is not linked to any " + highest
            + ": give it the " + above + " it contributes to.");
      }
    }
  }

  static final class ContributionTargetExists extends FrameworkRule {
    ContributionTargetExists() {
      super(RuleInfo.of(
          "RBM-RES-004", Severity.ERROR,
          "Every contribution link points to a result that exists in its framework",
          "A link to a result that does not exist attributes work and resources to nothing; the"
              + " contribution is lost from the other framework's report.",
          ILO + ": IRIS links each DWCP result to the global immediate outcomes"));
    }

    @Override
    protected void checkResult(ResultVisit visit, Reporter reporter) {
      for (ContributionLink link : visit.contributions()) {
        Optional<ResultsFramework> target = targetOf(visit, link);
        if (target.isPresent() && target.get().result(link.targetResult()).isEmpty()) {
          reporter.report(visit.locationOf(link), capitalized(name(visit.result()))
              + " contributes to " + link.targetResult() + ", which " + link.targetFramework()
              + " does not have.");
        }
      }
    }
  }

  static final class ContributionFrameworkKnown extends FrameworkRule {
    ContributionFrameworkKnown() {
      super(RuleInfo.of(
          "RBM-RES-005", Severity.WARNING,
          "Every contribution link points to a framework the validation knows",
          "A link to an unknown framework cannot be checked (RBM-RES-004), and is often a"
              + " mistyped framework id.",
          ILO + ": IRIS links each DWCP result to the global immediate outcomes"));
    }

    @Override
    protected void checkResult(ResultVisit visit, Reporter reporter) {
      for (ContributionLink link : visit.contributions()) {
        if (targetOf(visit, link).isEmpty()) {
          reporter.report(visit.locationOf(link), capitalized(name(visit.result()))
              + " contributes to framework " + link.targetFramework()
              + ", which is not known here, so the link could not be checked.");
        }
      }
    }
  }

  private static Optional<ResultsFramework> targetOf(ResultVisit visit, ContributionLink link) {
    ResultsFramework self = visit.framework();
    return link.targetFramework().equals(self.id())
        ? Optional.of(self)
        : visit.context().framework(link.targetFramework());
  }

  static final class SiblingTitlesDistinct extends FrameworkRule {
    private static final Location RESULTS = Location.of("results");

    SiblingTitlesDistinct() {
      super(RuleInfo.of(
          "RBM-RES-006", Severity.WARNING,
          "Results with the same parent have different titles (ignoring case and spacing)",
          "Each outcome is reported on separately; two siblings with one title cannot be told"
              + " apart by readers, and are often one result entered twice.",
          ILO + ": the implementation report reports each outcome separately"));
    }

    @Override
    protected void checkFramework(
        ResultsFramework framework, ValidationContext context, Reporter reporter) {
      compare(framework.roots(), RESULTS, reporter);
    }

    @Override
    protected void checkResult(ResultVisit visit, Reporter reporter) {
      compare(visit.children(), visit.location(), reporter);
    }

    /**
     * Reports every sibling whose title an earlier sibling by id already has, naming the first
     * by id: the same findings whatever the order the results were given in.
     */
    private static void compare(
        ImmutableList<Result> siblings, Location parent, Reporter reporter) {
      Map<String, ResultId> firstById = new HashMap<>();
      for (Result r : siblings) {
        firstById.merge(normalized(r.title()), r.id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
      for (Result r : siblings) {
        ResultId first = firstById.get(normalized(r.title()));
        if (first != null && !first.equals(r.id())) {
          reporter.report(parent.child(r.id().code()), capitalized(name(r))
              + " has the same title as " + first + ": \"" + r.title().strip() + "\".");
        }
      }
    }

    /** Titles that differ only in case or spacing are the same title. */
    private static String normalized(String title) {
      // (?U): Unicode spaces too, such as the no-break space that text pasted from Word carries.
      return title.strip().replaceAll("(?U)\\s+", " ").toLowerCase(Locale.ROOT);
    }
  }

  static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
