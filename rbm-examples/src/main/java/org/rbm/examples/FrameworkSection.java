package org.rbm.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultsFramework;
import org.rbm.text.Words;

/** Prints a results framework as an indented tree: results, then their indicators and values. */
final class FrameworkSection {
  private FrameworkSection() {}

  static void print(PrintStream out, ResultsFramework framework) {
    out.printf(
        "%s (%s), %s, planning period %s%n",
        framework.title(), framework.id(), framework.owner(), framework.planningPeriod());
    out.println("Levels: " + String.join(" > ", framework.levelScheme().levels()));
    out.println();
    for (Result r : framework.resultsInTreeOrder()) {
      String indent = "  ".repeat(framework.depth(r.id()));
      out.printf("%s%s [%s] %s%n", indent, r.id(), r.level(), r.title());
      r.externalReferences().forEach(ref -> out.printf("%s  contributes to %s%n", indent, ref));
      r.assumptions().forEach(a -> out.printf("%s  assumption: %s%n", indent, a));
      for (Indicator i : r.indicators()) {
        printIndicator(out, indent + "    ", i);
      }
    }
  }

  private static void printIndicator(PrintStream out, String indent, Indicator i) {
    Words words = Words.in(Locale.ENGLISH);
    StringBuilder facts = new StringBuilder(words.of(i.measure()));
    i.unit().ifPresent(u -> facts.append(", ").append(u));
    i.direction().ifPresent(d -> facts.append(", ").append(words.of(d)));
    if (i.cumulative()) {
      facts.append(", cumulative");
    }
    out.printf("%s%s %s (%s)%n", indent, i.id(), i.title(), facts);
    i.baseline().ifPresent(b -> out.printf("%s  baseline %s%n", indent, describe(b)));
    for (IndicatorPeriod p : i.periods()) {
      out.printf(
          "%s  %s  target %s  actual %s%n",
          indent, p.period(), describe(p.targets()), describe(p.actuals()));
    }
  }

  private static String describe(Baseline b) {
    if (!b.isAvailable()) {
      return "not available: " + b.unavailableReason().orElse("");
    }
    return b.value().map(Object::toString).orElse("")
        + b.date().map(d -> " (" + d + ")").orElse("");
  }

  private static String describe(List<DataPoint> points) {
    if (points.isEmpty()) {
      return "-";
    }
    return points.stream()
        .map(p -> p.disaggregation().isTotal() ? p.value().toString()
            : p.disaggregation() + ": " + p.value())
        .collect(Collectors.joining(", "));
  }
}
