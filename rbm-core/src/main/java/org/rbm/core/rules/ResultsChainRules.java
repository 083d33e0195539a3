package org.rbm.core.rules;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/** The standard rules on the results chain, RBM-RES-001 to RBM-RES-006: see {@link StandardRules}. */
final class ResultsChainRules {
  private static final String ILO = "ILO GB.300/PFA/9/1 (2007)";

  static final MessageKey NO_INDICATOR =
      MessageKey.standard("RBM-RES-001.noIndicator", "level", "result");
  static final MessageKey NO_CHILD =
      MessageKey.standard("RBM-RES-002.noChild", "level", "result", "levelBelow");
  static final MessageKey NO_PARENT = MessageKey.standard(
      "RBM-RES-003.noParent", "level", "result", "highestLevel", "levelAbove");
  static final MessageKey MISSING_TARGET = MessageKey.standard(
      "RBM-RES-004.missingTarget", "level", "result", "targetResult", "targetFramework");
  static final MessageKey UNKNOWN_FRAMEWORK = MessageKey.standard(
      "RBM-RES-005.unknownFramework", "level", "result", "targetFramework");
  static final MessageKey SAME_TITLE = MessageKey.standard(
      "RBM-RES-006.sameTitle", "level", "result", "sameAs", "title");

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
        reporter.report(visit.location(), NO_INDICATOR,
            visit.result().level(), visit.result().id());
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
        if (visit.framework().levelScheme().isOptional(below)) {
          // LevelScheme.optionalLevels: a logframe may stop at outputs.
          return;
        }
        reporter.report(visit.location(), NO_CHILD,
            visit.result().level(), visit.result().id(), below);
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
        reporter.report(visit.location(), NO_PARENT,
            visit.result().level(), visit.result().id(), highest, above);
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
          reporter.report(visit.locationOf(link), MISSING_TARGET,
              visit.result().level(), visit.result().id(), link.targetResult(),
              link.targetFramework());
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
          reporter.report(visit.locationOf(link), UNKNOWN_FRAMEWORK,
              visit.result().level(), visit.result().id(), link.targetFramework());
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
      if (framework.roots().size() < 2) {
        return;
      }
      Map<ResultId, Integer> indices = FrameworkWalk.indicesOf(framework);
      compare(framework.roots(), r -> RESULTS.child(r.id().code()).withTrustedIndexPath(
          "results[" + FrameworkWalk.indexOf(indices, r.id()) + "]"), reporter);
    }

    @Override
    protected void checkResult(ResultVisit visit, Reporter reporter) {
      if (visit.children().size() >= 2) {
        compare(visit.children(), visit::locationOfChild, reporter);
      }
    }

    /**
     * Reports every sibling whose title an earlier sibling by id already has, naming the first
     * by id: the same findings whatever the order the results were given in.
     */
    private static void compare(
        ImmutableList<Result> siblings, Function<Result, Location> location, Reporter reporter) {
      Map<String, ResultId> firstById = new HashMap<>();
      for (Result r : siblings) {
        firstById.merge(normalized(r.title()), r.id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
      for (Result r : siblings) {
        ResultId first = firstById.get(normalized(r.title()));
        if (first != null && !first.equals(r.id())) {
          reporter.report(location.apply(r), SAME_TITLE,
              r.level(), r.id(), first, r.title().strip());
        }
      }
    }

    /**
     * Titles that differ only in case or spacing are the same title: stripped, each run of white
     * space (Unicode's, such as the no-break space that text pasted from Word carries, as the
     * regex {@code (?U)\s} has it) made one space, then lower case. A loop, not a regex: the rule
     * runs for every result, and String.replaceAll compiles its pattern on every call.
     */
    static String normalized(String title) {
      String stripped = title.strip();
      if (!needsCollapsing(stripped)) {
        return stripped.toLowerCase(Locale.ROOT);
      }
      StringBuilder out = new StringBuilder(stripped.length());
      boolean inSpace = false;
      for (int i = 0; i < stripped.length(); i++) {
        char c = stripped.charAt(i);
        if (isUnicodeWhiteSpace(c)) {
          if (!inSpace) {
            out.append(' ');
          }
          inSpace = true;
        } else {
          out.append(c);
          inSpace = false;
        }
      }
      return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether some white space is not a single plain space: most titles need no copy. */
    private static boolean needsCollapsing(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (isUnicodeWhiteSpace(c)
            && (c != ' ' || (i + 1 < s.length() && isUnicodeWhiteSpace(s.charAt(i + 1))))) {
          return true;
        }
      }
      return false;
    }

    /**
     * The Unicode White_Space property, as {@code java.util.regex} decides it for {@code (?U)\s}:
     * the space, line and paragraph separators, the controls U+0009 to U+000D, and U+0085. White
     * space is never a surrogate, so chars suffice.
     */
    static boolean isUnicodeWhiteSpace(char c) {
      int type = Character.getType(c);
      return type == Character.SPACE_SEPARATOR
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR
          || (c >= 0x9 && c <= 0xd)
          || c == 0x85;
    }
  }
}
