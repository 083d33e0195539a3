package org.rbm.iati;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.rules.FrameworkRule;
import org.rbm.core.rules.Location;
import org.rbm.core.rules.MessageKey;
import org.rbm.core.rules.Reporter;
import org.rbm.core.rules.Rule;
import org.rbm.core.rules.RuleInfo;
import org.rbm.core.rules.RuleSet;
import org.rbm.core.rules.Severity;
import org.rbm.core.rules.Validator;

/**
 * IATI's eleven results rules (IATI-Rulesets, {@code standard.json}, version 2.03) as a {@link
 * RuleSet} over {@link IatiActivity}, with IATI's ids and severities: the x.1 rules and 8.11.1 are
 * errors, the others warnings. The rules judge the activity as written (a {@code measure} is one of
 * the codes 1 to 5 as IATI's rules read it; a word such as {@code Unit} is no code), so they see
 * what a mapping to a framework would have to guess.
 *
 * <pre>{@code
 * ValidationReport report = IatiRules.validator().validate(imported.activity());
 * }</pre>
 *
 * <table>
 *   <caption>The rules</caption>
 *   <tr><th>Id</th><th>Severity</th><th>Checks</th></tr>
 *   <tr><td>IATI-8.6.1</td><td>error</td><td>a period's start is not after its end</td></tr>
 *   <tr><td>IATI-8.8.1, 8.9.1, 8.10.1</td><td>error</td><td>a baseline, target, actual has a
 *       value when the measure is 1 to 4</td></tr>
 *   <tr><td>IATI-8.8.2, 8.9.2, 8.10.2</td><td>warning</td><td>that value is a number</td></tr>
 *   <tr><td>IATI-8.8.3, 8.9.3, 8.10.3</td><td>warning</td><td>no value when the measure is 5
 *       (qualitative)</td></tr>
 *   <tr><td>IATI-8.11.1</td><td>error</td><td>references at result level or at indicator level,
 *       not both</td></tr>
 * </table>
 *
 * <p>Locations are paths of elements, such as {@code /result[2]/indicator[1]/period[1]/target[1]}
 * (positions from 1, as in XPath). Each rule's check is linear in the size of the activity.
 */
public final class IatiRules {
  private static final String SOURCE = "IATI-Rulesets standard.json (version 2.03)";
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private static final MessageKey PERIOD_ORDER = MessageKey.of(
      "IATI-8.6.1", "The period starts on {start}, after its end {end}.");
  private static final MessageKey VALUE_MISSING = MessageKey.of(
      "IATI-8.x.1", "The {element} has no value, which measure {measure} requires.");
  private static final MessageKey VALUE_NOT_NUMBER = MessageKey.of(
      "IATI-8.x.2", "The {element} value \"{value}\" is not a number.");
  private static final MessageKey VALUE_QUALITATIVE = MessageKey.of(
      "IATI-8.x.3",
      "The {element} has the value \"{value}\", which a qualitative measure should not have.");
  private static final MessageKey REFERENCES_TWICE = MessageKey.of(
      "IATI-8.11.1", "The result has references and so does its indicator {indicator}.");

  private IatiRules() {}

  /**
   * Returns the eleven rules.
   *
   * @return the rule set; severities may be overridden and rules disabled with its methods
   */
  public static RuleSet<IatiActivity> standard() {
    return RuleSet.of(
        Rule.of(info("IATI-8.6.1", Severity.ERROR,
            "A period's start is not after its end (equal dates are allowed)"), IatiRules::periods),
        valueRule("8.8.1", "baseline", Kind.PRESENT), valueRule("8.8.2", "baseline", Kind.NUMBER),
        valueRule("8.8.3", "baseline", Kind.QUALITATIVE),
        valueRule("8.9.1", "target", Kind.PRESENT), valueRule("8.9.2", "target", Kind.NUMBER),
        valueRule("8.9.3", "target", Kind.QUALITATIVE),
        valueRule("8.10.1", "actual", Kind.PRESENT), valueRule("8.10.2", "actual", Kind.NUMBER),
        valueRule("8.10.3", "actual", Kind.QUALITATIVE),
        Rule.of(info("IATI-8.11.1", Severity.ERROR,
            "References are declared at result level or at indicator level, not both"),
            IatiRules::references));
  }

  /**
   * Returns a validator of the eleven rules; a finding's subject is the activity's identifier
   * ({@code (no identifier)} when it is blank).
   *
   * @return the validator
   */
  public static Validator<IatiActivity> validator() {
    return Validator.of(standard(),
        a -> a.identifier().isBlank() ? "(no identifier)" : a.identifier());
  }

  /**
   * Returns the IATI rules that the results framework itself can be checked against, before it is
   * written as IATI: 8.11.1 (references on a result or on its indicators, not both; error), with
   * locations of the framework such as {@code /results/R1}.
   *
   * <pre>{@code
   * ValidationReport report = IatiRules.frameworkValidator().validate(framework);
   * }</pre>
   *
   * @return the rule set
   */
  public static RuleSet<ResultsFramework> frameworkRules() {
    return RuleSet.of(FrameworkRule.forEachResult(
        info("IATI-8.11.1", Severity.ERROR,
            "References are declared at result level or at indicator level, not both"),
        (visit, out) -> {
          Result r = visit.result();
          if (r.externalReferences().isEmpty()) {
            return;
          }
          for (Indicator i : r.indicators()) {
            if (!i.externalReferences().isEmpty()) {
              out.report(visit.location(), REFERENCES_TWICE, i.id());
            }
          }
        }));
  }

  /**
   * Returns a validator of {@link #frameworkRules()}; a finding's subject is the framework's id.
   *
   * @return the validator
   */
  public static Validator<ResultsFramework> frameworkValidator() {
    return Validator.of(frameworkRules(), f -> f.id().code());
  }

  private enum Kind { PRESENT, NUMBER, QUALITATIVE }

  private static RuleInfo info(String id, Severity severity, String description) {
    return RuleInfo.of(id, severity, description,
        "IATI's validator applies it to every published activity file", SOURCE);
  }

  private static Rule<IatiActivity> valueRule(String number, String element, Kind kind) {
    String description = switch (kind) {
      case PRESENT -> "A " + element + " has a value when the measure is 1 to 4";
      case NUMBER -> "A " + element + "'s value is a number when the measure is 1 to 4";
      case QUALITATIVE -> "A " + element + " has no value when the measure is 5 (qualitative)";
    };
    Severity severity = kind == Kind.PRESENT ? Severity.ERROR : Severity.WARNING;
    return Rule.of(info("IATI-" + number, severity, description),
        (activity, context, out) -> forEachValue(activity, element, (measure, value, at) -> {
          boolean quantitative = List.of("1", "2", "3", "4").contains(measure);
          switch (kind) {
            case PRESENT -> {
              if (quantitative && value.isEmpty()) {
                out.report(at, VALUE_MISSING, element, measure);
              }
            }
            case NUMBER -> {
              if (quantitative && value.isPresent()
                  && !NUMBER.matcher(value.get().strip()).matches()) {
                out.report(at, VALUE_NOT_NUMBER, element, value.get());
              }
            }
            case QUALITATIVE -> {
              if (measure.equals("5") && value.isPresent()) {
                out.report(at, VALUE_QUALITATIVE, element, value.get());
              }
            }
          }
        }));
  }

  private interface ValueVisitor {
    void visit(String measure, Optional<String> value, Location at);
  }

  private static void forEachValue(IatiActivity a, String element, ValueVisitor visitor) {
    for (int i = 0; i < a.results().size(); i++) {
      IatiResult r = a.results().get(i);
      for (int j = 0; j < r.indicators().size(); j++) {
        IatiIndicator ind = r.indicators().get(j);
        String measure = ind.measure().orElse("").strip();
        String path = "result[" + (i + 1) + "]/indicator[" + (j + 1) + "]";
        if (element.equals("baseline")) {
          for (int k = 0; k < ind.baselines().size(); k++) {
            visitor.visit(measure, ind.baselines().get(k).value(),
                Location.parse("/" + path + "/baseline[" + (k + 1) + "]"));
          }
          continue;
        }
        for (int k = 0; k < ind.periods().size(); k++) {
          IatiPeriod p = ind.periods().get(k);
          List<IatiValue> values = element.equals("target") ? p.targets() : p.actuals();
          for (int m = 0; m < values.size(); m++) {
            visitor.visit(measure, values.get(m).value(), Location.parse(
                "/" + path + "/period[" + (k + 1) + "]/" + element + "[" + (m + 1) + "]"));
          }
        }
      }
    }
  }

  private static void periods(IatiActivity a, Object context, Reporter out) {
    for (int i = 0; i < a.results().size(); i++) {
      IatiResult r = a.results().get(i);
      for (int j = 0; j < r.indicators().size(); j++) {
        List<IatiPeriod> periods = r.indicators().get(j).periods();
        for (int k = 0; k < periods.size(); k++) {
          IatiPeriod p = periods.get(k);
          Optional<LocalDate> start = p.start().flatMap(IatiRules::date);
          Optional<LocalDate> end = p.end().flatMap(IatiRules::date);
          if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
            out.report(Location.parse("/result[" + (i + 1) + "]/indicator[" + (j + 1)
                + "]/period[" + (k + 1) + "]"), PERIOD_ORDER, start.get(), end.get());
          }
        }
      }
    }
  }

  private static void references(IatiActivity a, Object context, Reporter out) {
    for (int i = 0; i < a.results().size(); i++) {
      IatiResult r = a.results().get(i);
      if (r.references().isEmpty()) {
        continue;
      }
      for (int j = 0; j < r.indicators().size(); j++) {
        if (!r.indicators().get(j).references().isEmpty()) {
          out.report(Location.parse("/result[" + (i + 1) + "]"), REFERENCES_TWICE,
              "indicator[" + (j + 1) + "]");
        }
      }
    }
  }

  private static Optional<LocalDate> date(String raw) {
    try {
      return Optional.of(LocalDate.parse(raw.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
