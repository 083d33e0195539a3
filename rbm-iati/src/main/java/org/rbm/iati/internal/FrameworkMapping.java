package org.rbm.iati.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ExternalReference;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.iati.IatiActivity;
import org.rbm.iati.IatiBaseline;
import org.rbm.iati.IatiDimension;
import org.rbm.iati.IatiIndicator;
import org.rbm.iati.IatiLocation;
import org.rbm.iati.IatiPeriod;
import org.rbm.iati.IatiReference;
import org.rbm.iati.IatiResult;
import org.rbm.iati.IatiText;
import org.rbm.iati.IatiValue;
import org.rbm.iati.ImportFinding;

/**
 * Maps an activity's results, as IATI states them, to a results framework: what the model cannot
 * hold, or holds only after a guess, becomes an {@link ImportFinding}. Linear in the size of the
 * activity.
 */
public final class FrameworkMapping {
  /** IATI's result types as levels: impact, outcome, output, other; every level below optional. */
  public static final LevelScheme LEVELS =
      LevelScheme.of("IATI", "impact", "outcome", "output", "other")
          .withOptional("outcome", "output", "other");

  /** The year of the planning period when the activity gives no date at all. */
  public static final int FALLBACK_YEAR = 2000;

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final int MAX_NUMBER_LENGTH = 100;

  private final String activityPath;
  private final Map<String, long[]> positions;
  private final List<ImportFinding> findings;

  /**
   * Creates a mapping that reports to the given list.
   *
   * @param activityPath the activity's path, such as {@code /iati-activities[1]/iati-activity[2]}
   * @param positions line and column of each element, by path
   * @param findings where findings go
   */
  public FrameworkMapping(
      String activityPath, Map<String, long[]> positions, List<ImportFinding> findings) {
    this.activityPath = activityPath;
    this.positions = positions;
    this.findings = findings;
  }

  private void note(String code, String path, String found, String assumed) {
    String element = path.contains("/@") ? path.substring(0, path.indexOf("/@")) : path;
    long[] at =
        positions.getOrDefault(element, positions.getOrDefault(activityPath, new long[] {1, 1}));
    findings.add(new ImportFinding(code, at[0], at[1], path, shown(found), assumed));
  }

  private static String shown(String text) {
    String quoted = "\"" + text + "\"";
    return quoted.length() <= 200 ? quoted : quoted.substring(0, 200) + "...";
  }

  /**
   * Maps the activity.
   *
   * @param activity the activity
   * @param number the activity's position in the document, from 1 (for a made-up id)
   * @return the framework
   */
  public ResultsFramework framework(IatiActivity activity, int number) {
    ResultsFramework.Builder b = ResultsFramework.builder()
        .id(frameworkId(activity.identifier(), number))
        .title(nonBlank(activity.title(), activityPath + "/title",
            activity.identifier().isBlank() ? "IATI activity " + number : activity.identifier()))
        .owner(owner(activity))
        .planningPeriod(planningPeriod(activity))
        .levelScheme(LEVELS);
    for (int i = 0; i < activity.results().size(); i++) {
      b.addResult(result(activity.results().get(i), i + 1));
    }
    return b.build();
  }

  private FrameworkId frameworkId(String identifier, int number) {
    try {
      return FrameworkId.of(identifier);
    } catch (InvalidValueException e) {
      // Only control characters, white space at the ends, or more than FrameworkId.MAX_LENGTH
      // characters: every other identifier the schema allows is a framework id as it is.
      String code = identifier.codePoints()
          .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE
              || Character.getType(c) == Character.LINE_SEPARATOR
              || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? ' ' : c)
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
          .toString().strip();
      if (code.length() > FrameworkId.MAX_LENGTH) {
        int end = Character.isHighSurrogate(code.charAt(FrameworkId.MAX_LENGTH - 1))
            ? FrameworkId.MAX_LENGTH - 1 : FrameworkId.MAX_LENGTH;
        code = code.substring(0, end).strip();
      }
      if (code.isEmpty()) {
        code = "activity-" + number;
      }
      note("IATI-IMPORT-ID", activityPath + "/iati-identifier[1]", identifier,
          "the framework id " + code + " (" + FrameworkId.EXPECTED_FORM
              + "); the activity keeps the identifier");
      return FrameworkId.of(code);
    }
  }

  private String owner(IatiActivity a) {
    Optional<String> name = a.reportingOrgName().main().filter(s -> !s.isBlank());
    if (name.isPresent()) {
      return name.get().strip();
    }
    String owner = a.reportingOrgRef().filter(s -> !s.isBlank()).orElse("unknown");
    note("IATI-IMPORT-OWNER", activityPath + "/reporting-org[1]",
        a.reportingOrgName().main().orElse(""),
        "the owner " + owner);
    return owner;
  }

  private PlanningPeriod planningPeriod(IatiActivity a) {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    List<String> dates = new ArrayList<>(a.activityDates());
    if (dates.isEmpty()) {
      for (IatiResult r : a.results()) {
        for (IatiIndicator i : r.indicators()) {
          for (IatiPeriod p : i.periods()) {
            p.start().ifPresent(dates::add);
            p.end().ifPresent(dates::add);
          }
        }
      }
    }
    for (String d : dates) {
      Optional<LocalDate> date = date(d);
      if (date.isPresent() && date.get().getYear() >= PlanningPeriod.MIN_YEAR
          && date.get().getYear() <= PlanningPeriod.MAX_YEAR) {
        first = Math.min(first, date.get().getYear());
        last = Math.max(last, date.get().getYear());
      }
    }
    if (first == Integer.MAX_VALUE) {
      note("IATI-IMPORT-PERIOD", activityPath, String.join(" ", a.activityDates()),
          "the planning period " + FALLBACK_YEAR + " (no activity or period date)");
      return PlanningPeriod.of(FALLBACK_YEAR, FALLBACK_YEAR);
    }
    return PlanningPeriod.of(first, last);
  }

  private String nonBlank(IatiText text, String path, String fallback) {
    Optional<String> main = text.main().map(String::strip).filter(s -> !s.isEmpty());
    if (main.isPresent()) {
      return main.get();
    }
    note("IATI-IMPORT-TITLE", path, text.main().orElse(""), "the title " + fallback);
    return fallback;
  }

  private Optional<String> optionalText(Optional<IatiText> text, String path) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> main = text.get().main().map(String::strip).filter(s -> !s.isEmpty());
    if (main.isEmpty()) {
      note("IATI-IMPORT-BLANK", path, text.get().main().orElse(""), "no text (a blank text)");
    }
    return main;
  }

  /**
   * Maps one result.
   *
   * @param r the result
   * @param i its position, from 1
   * @return the result
   */
  public Result result(IatiResult r, int i) {
    String path = activityPath + "/result[" + i + "]";
    Result.Builder b = Result.builder()
        .id(ResultId.of("R" + i))
        .level(level(r.type(), path + "/@type"))
        .title(nonBlank(r.title(), path + "/title[1]", "Result " + i));
    optionalText(r.description(), path + "/description[1]").ifPresent(b::description);
    b.addAllExternalReferences(references(r.references(), path, false));
    r.aggregationStatus()
        .flatMap(raw -> suitable(raw, path + "/@aggregation-status"))
        .ifPresent(b::suitableForAggregation);
    for (int j = 0; j < r.indicators().size(); j++) {
      b.addIndicator(
          indicator(r.indicators().get(j), i, j + 1, path + "/indicator[" + (j + 1) + "]"));
    }
    return b.build();
  }

  private List<ExternalReference> references(
      List<IatiReference> references, String path, boolean ofIndicator) {
    List<ExternalReference> out = new ArrayList<>();
    for (int k = 0; k < references.size(); k++) {
      IatiReference ref = references.get(k);
      String at = path + "/reference[" + (k + 1) + "]";
      ExternalReference reference;
      try {
        reference = ExternalReference.of(ref.vocabulary(), ref.code());
      } catch (InvalidValueException e) {
        note("IATI-IMPORT-REFERENCE", at,
            ref.vocabulary() + ":" + ref.code(), "no external reference (" + e.getMessage() + ")");
        continue;
      }
      if (ref.vocabularyUri().isPresent()) {
        reference = withUri(reference, ref.vocabularyUri().get(), false, at + "/@vocabulary-uri");
      }
      if (ref.indicatorUri().isPresent()) {
        if (ofIndicator) {
          reference = withUri(reference, ref.indicatorUri().get(), true, at + "/@indicator-uri");
        } else {
          note("IATI-IMPORT-REFERENCE", at + "/@indicator-uri", ref.indicatorUri().get(),
              "no indicator URI: a result's reference has none (kept in the IATI form only)");
        }
      }
      out.add(reference);
    }
    return out;
  }

  private ExternalReference withUri(
      ExternalReference reference, String uri, boolean indicator, String path) {
    try {
      String s = uri.strip();
      if (!s.equals(uri)) {
        note("IATI-IMPORT-REFERENCE", path, uri, "the URI " + s);
      }
      return indicator ? reference.withIndicatorUri(s) : reference.withVocabularyUri(s);
    } catch (InvalidValueException e) {
      note("IATI-IMPORT-REFERENCE", path, uri,
          "no URI (" + e.getMessage() + "); kept in the IATI form only");
      return reference;
    }
  }

  private String level(Optional<String> type, String path) {
    String raw = type.orElse("");
    String level = switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "1", "output" -> "output";
      case "2", "outcome" -> "outcome";
      case "3", "impact" -> "impact";
      case "9", "other" -> "other";
      default -> "";
    };
    if (level.isEmpty()) {
      note("IATI-IMPORT-RESULT-TYPE", path, raw, "the level other (code 9)");
      return "other";
    }
    if (!raw.equals(String.valueOf(code(level)))) {
      note("IATI-IMPORT-CODE", path, raw, "the level " + level + " (code " + code(level) + ")");
    }
    return level;
  }

  private static int code(String level) {
    return switch (level) {
      case "output" -> 1;
      case "outcome" -> 2;
      case "impact" -> 3;
      default -> 9;
    };
  }

  private Indicator indicator(IatiIndicator in, int result, int number, String path) {
    Measure measure = measure(in.measure(), path + "/@measure");
    Indicator.Builder b = Indicator.builder()
        .id(IndicatorId.of("R" + result + ".I" + number))
        .title(nonBlank(in.title(), path + "/title[1]", "Indicator " + result + "." + number))
        .measure(measure);
    optionalText(in.description(), path + "/description[1]").ifPresent(b::definition);
    in.ascending().ifPresent(a -> direction(a, path + "/@ascending").ifPresent(b::direction));
    in.aggregationStatus()
        .flatMap(raw -> suitable(raw, path + "/@aggregation-status"))
        .ifPresent(b::suitableForAggregation);
    b.addAllExternalReferences(references(in.references(), path, true));
    Set<String> dimensions = new java.util.LinkedHashSet<>();
    for (int k = 0; k < in.baselines().size(); k++) {
      baseline(in.baselines().get(k), measure, path + "/baseline[" + (k + 1) + "]", dimensions)
          .ifPresent(b::addBaseline);
    }
    for (int k = 0; k < in.periods().size(); k++) {
      period(in.periods().get(k), measure, path + "/period[" + (k + 1) + "]", dimensions)
          .ifPresent(b::addPeriod);
    }
    b.addAllDisaggregationDimensions(dimensions);
    return b.build();
  }

  private Optional<Baseline> baseline(
      IatiBaseline base, Measure measure, String at, Set<String> dimensions) {
    Optional<Disaggregation> breakdown = breakdown(base.dimensions(), at);
    if (breakdown.isEmpty()) {
      return Optional.empty();
    }
    Baseline.Builder bb = Baseline.builder().disaggregation(breakdown.get());
    base.value().flatMap(v -> value(v, measure, at + "/@value")).ifPresent(bb::value);
    Optional<Integer> year = base.year().flatMap(y -> year(y, at + "/@year"));
    Optional<LocalDate> date = base.isoDate().flatMap(FrameworkMapping::date);
    if (base.isoDate().isPresent() && date.isEmpty()) {
      note("IATI-IMPORT-KEPT", at + "/@iso-date", base.isoDate().get(),
          "no date in the framework: not an ISO date of years 1 to 9999; kept in the IATI form"
              + " only");
    }
    if (year.isPresent() && date.isPresent() && date.get().getYear() != year.get()) {
      note("IATI-IMPORT-KEPT", at + "/@iso-date", base.isoDate().orElse(""),
          "no date in the framework: not in the year " + year.get()
              + "; kept in the IATI form only");
      date = Optional.empty();
    }
    year.ifPresent(bb::year);
    date.ifPresent(bb::date);
    for (IatiLocation l : base.locations()) {
      Optional<String> ref = l.ref().map(String::strip).filter(r -> !r.isEmpty());
      if (ref.isPresent()) {
        bb.addLocations(ref.get());
      } else {
        note("IATI-IMPORT-LOCATION", at + "/location[1]", l.ref().orElse(""),
            "no location: a location without ref");
      }
    }
    optionalText(base.comment(), at + "/comment[1]").ifPresent(bb::comment);
    dimensions.addAll(breakdown.get().categories().keySet());
    return Optional.of(bb.build());
  }

  /** A {@code baseline/@year}: a positive integer, 1 to 9999 in the framework. */
  private Optional<Integer> year(String raw, String path) {
    String s = raw.strip();
    if (s.matches("\\+?\\d{1,4}") && Integer.parseInt(s.replace("+", "")) >= 1) {
      if (!s.equals(raw)) {
        note("IATI-IMPORT-NUMBER", path, raw, "the year " + s);
      }
      return Optional.of(Integer.parseInt(s.replace("+", "")));
    }
    note("IATI-IMPORT-VALUE", path, raw,
        "no year in the framework: not a year from 1 to 9999; kept in the IATI form only");
    return Optional.empty();
  }

  private Measure measure(Optional<String> raw, String path) {
    String found = raw.orElse("");
    @Nullable Measure m = switch (found.strip().toLowerCase(Locale.ROOT)) {
      case "1", "unit" -> Measure.COUNT;
      case "2", "percentage" -> Measure.PERCENTAGE;
      case "3", "nominal" -> Measure.NOMINAL;
      case "4", "ordinal" -> Measure.ORDINAL;
      case "5", "qualitative", "text" -> Measure.QUALITATIVE;
      default -> null;
    };
    if (m == null) {
      note("IATI-IMPORT-MEASURE", path, found,
          "5 (qualitative), so that the values are kept as text");
      return Measure.QUALITATIVE;
    }
    if (!found.equals(String.valueOf(m.iatiCode()))) {
      note("IATI-IMPORT-CODE", path, found,
          m.iatiCode() + " (" + m.name().toLowerCase(Locale.ROOT) + ")");
    }
    return m;
  }

  private Optional<Direction> direction(String raw, String path) {
    return switch (raw) {
      case "1", "true" -> Optional.of(Direction.INCREASE);
      case "0", "false" -> Optional.of(Direction.DECREASE);
      default -> {
        String word = raw.strip().toLowerCase(Locale.ROOT);
        if (word.equals("1") || word.equals("true") || word.equals("yes")) {
          note("IATI-IMPORT-BOOLEAN", path, raw, "true (ascending)");
          yield Optional.of(Direction.INCREASE);
        }
        if (word.equals("0") || word.equals("false") || word.equals("no")) {
          note("IATI-IMPORT-BOOLEAN", path, raw, "false (descending)");
          yield Optional.of(Direction.DECREASE);
        }
        note("IATI-IMPORT-BOOLEAN", path, raw, "no direction");
        yield Optional.empty();
      }
    };
  }

  /** An {@code aggregation-status}: an XML boolean, or a word a 1.x file may use instead. */
  private Optional<Boolean> suitable(String raw, String path) {
    switch (raw.strip()) {
      case "1", "true" -> {
        return Optional.of(true);
      }
      case "0", "false" -> {
        return Optional.of(false);
      }
      default -> {
        String word = raw.strip().toLowerCase(Locale.ROOT);
        if (word.equals("yes") || word.equals("true")) {
          note("IATI-IMPORT-BOOLEAN", path, raw, "true (suitable for aggregation)");
          return Optional.of(true);
        }
        if (word.equals("no") || word.equals("false")) {
          note("IATI-IMPORT-BOOLEAN", path, raw, "false (not suitable for aggregation)");
          return Optional.of(false);
        }
        note("IATI-IMPORT-BOOLEAN", path, raw, "not stated (suitability for aggregation)");
        return Optional.empty();
      }
    }
  }

  private Optional<Value> value(String raw, Measure measure, String path) {
    if (!measure.isQuantitative()) {
      if (raw.isBlank()) {
        note("IATI-IMPORT-VALUE", path, raw, "no value (a blank text)");
        return Optional.empty();
      }
      return Optional.of(Value.text(raw));
    }
    String s = raw.strip();
    Optional<BigDecimal> number = Optional.empty();
    if (s.length() <= MAX_NUMBER_LENGTH) {
      if (DECIMAL.matcher(s).matches()) {
        number = Optional.of(new BigDecimal(s));
        if (!s.equals(raw)) {
          note("IATI-IMPORT-NUMBER", path, raw, "the number " + s);
        }
      } else if (THOUSANDS.matcher(s).matches()) {
        number = Optional.of(new BigDecimal(s.replace(",", "")));
        note("IATI-IMPORT-NUMBER", path, raw,
            "the number " + number.get().toPlainString() + " (',' read as a thousands separator)");
      }
    }
    if (number.isEmpty()) {
      note("IATI-IMPORT-VALUE", path, raw, "no value in the framework: not a number for measure "
          + measure.iatiCode() + "; kept in the IATI form only");
      return Optional.empty();
    }
    try {
      return Optional.of(Value.of(number.get()));
    } catch (InvalidValueException e) {
      note("IATI-IMPORT-VALUE", path, raw, "no value in the framework (" + e.getMessage() + ")");
      return Optional.empty();
    }
  }

  /** An ISO date of years 1 to 9999, the years an {@code xsd:date} writes without a sign. */
  private static Optional<LocalDate> date(String raw) {
    try {
      LocalDate d = LocalDate.parse(raw.strip());
      return d.getYear() >= 1 && d.getYear() <= 9999 ? Optional.of(d) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Optional<IndicatorPeriod> period(
      IatiPeriod p, Measure measure, String path, Set<String> dimensions) {
    Optional<LocalDate> start = p.start().flatMap(FrameworkMapping::date);
    Optional<LocalDate> end = p.end().flatMap(FrameworkMapping::date);
    if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
      note("IATI-IMPORT-KEPT", path, p.start().orElse("") + " to " + p.end().orElse(""),
          "nothing in the framework: a period needs a start and an end not before it;"
              + " kept in the IATI form only");
      return Optional.empty();
    }
    IndicatorPeriod.Builder b =
        IndicatorPeriod.builder().period(DateRange.of(start.get(), end.get()));
    b.addAllTargets(points(p.targets(), measure, path + "/target", dimensions));
    b.addAllActuals(points(p.actuals(), measure, path + "/actual", dimensions));
    return Optional.of(b.build());
  }

  private List<DataPoint> points(
      List<IatiValue> values, Measure measure, String path, Set<String> dimensions) {
    List<DataPoint> out = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    for (int k = 0; k < values.size(); k++) {
      String at = path + "[" + (k + 1) + "]";
      IatiValue v = values.get(k);
      if (v.value().isEmpty()) {
        note("IATI-IMPORT-KEPT", at, "", "nothing in the framework: a target or actual without"
            + " value (allowed for qualitative indicators); kept in the IATI form only");
        continue;
      }
      Optional<Value> value = value(v.value().get(), measure, at + "/@value");
      Optional<Disaggregation> breakdown = breakdown(v.dimensions(), at);
      if (value.isEmpty() || breakdown.isEmpty()) {
        continue;
      }
      DataPoint.Builder b = DataPoint.builder().value(value.get()).disaggregation(breakdown.get());
      location(v.locations(), at).ifPresent(b::location);
      optionalText(v.comment(), at + "/comment[1]").ifPresent(b::comment);
      DataPoint point = b.build();
      if (!seen.add(List.of(point.disaggregation(), point.location()))) {
        note("IATI-IMPORT-KEPT", at, v.value().get(), "nothing in the framework: a second value"
            + " for the same breakdown and location in the period; kept in the IATI form only");
        continue;
      }
      dimensions.addAll(point.disaggregation().categories().keySet());
      out.add(point);
    }
    return out;
  }

  private Optional<String> location(List<IatiLocation> locations, String path) {
    List<String> refs = new ArrayList<>();
    for (IatiLocation l : locations) {
      l.ref().filter(r -> !r.isBlank()).ifPresent(refs::add);
    }
    if (refs.isEmpty()) {
      return Optional.empty();
    }
    String joined = String.join("; ", refs);
    if (refs.size() > 1 || refs.size() != locations.size()) {
      note("IATI-IMPORT-LOCATION", path + "/location[1]", joined,
          "the one location \"" + joined + "\" (the framework holds one location per value)");
    }
    return Optional.of(joined);
  }

  private Optional<Disaggregation> breakdown(List<IatiDimension> dims, String path) {
    Map<String, String> categories = new LinkedHashMap<>();
    for (int k = 0; k < dims.size(); k++) {
      IatiDimension d = dims.get(k);
      String name = d.name().orElse("");
      String value = d.value().orElse("");
      if (categories.putIfAbsent(name, value) != null) {
        note("IATI-IMPORT-KEPT", path + "/dimension[" + (k + 1) + "]", name + "=" + value,
            "nothing in the framework: a dimension given twice; the value is kept in the IATI"
                + " form only");
        return Optional.empty();
      }
    }
    try {
      return Optional.of(Disaggregation.of(categories));
    } catch (InvalidValueException e) {
      note("IATI-IMPORT-KEPT", path + "/dimension[1]", categories.toString(),
          "nothing in the framework: " + e.getMessage() + "; the value is kept in the IATI form"
              + " only");
      return Optional.empty();
    }
  }

  /**
   * Returns the IATI result type code of a level of {@link #LEVELS}.
   *
   * @param level the level
   * @return 1, 2, 3 or 9
   */
  public static String typeCode(String level) {
    return String.valueOf(code(level));
  }
}
