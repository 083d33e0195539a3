package org.rbm.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The framework document (format {@code rbm-framework/1}) as plain objects for Jackson databind:
 * the baseline the SDK's JSON reading and writing are compared with. Strings for dates and ids, no
 * checks beyond the JSON types; values (a number, a string or a fraction) as Jackson maps them,
 * numbers as {@code BigDecimal}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"format", "id", "title", "owner", "planningPeriod", "levelScheme", "results",
    "contributions"})
public final class FrameworkDocument {
  public @Nullable String format;
  public @Nullable String id;
  public @Nullable String title;
  public @Nullable String owner;
  public @Nullable String planningPeriod;
  public @Nullable LevelScheme levelScheme;
  public @Nullable List<Result> results;
  public @Nullable List<Contribution> contributions;

  /**
   * Returns a mapper that reads numbers exactly, fails on unknown properties and leaves out empty
   * values, as the SDK does.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  /** The levels of the results chain. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class LevelScheme {
    public @Nullable String name;
    public @Nullable List<String> levels;
    public @Nullable List<String> optionalLevels;
  }

  /** A result. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Result {
    public @Nullable String id;
    public @Nullable String level;
    public @Nullable String title;
    public @Nullable String description;
    public @Nullable String parent;
    public @Nullable List<String> assumptions;
    public @Nullable List<ExternalReference> externalReferences;
    public @Nullable List<Indicator> indicators;
  }

  /** A code in an external vocabulary. */
  public static final class ExternalReference {
    public @Nullable String vocabulary;
    public @Nullable String code;
  }

  /** A contribution to another framework's result. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Contribution {
    public @Nullable String source;
    public @Nullable String targetFramework;
    public @Nullable String targetResult;
    public @Nullable String note;
  }

  /** An indicator. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Indicator {
    public @Nullable String id;
    public @Nullable String title;
    public @Nullable String definition;
    public @Nullable String measure;
    public @Nullable String unit;
    public @Nullable String direction;
    public @Nullable Boolean cumulative;
    public @Nullable String reportingFrequency;
    public @Nullable List<String> disaggregationDimensions;
    public @Nullable String meansOfVerification;
    public @Nullable String dataSource;
    public @Nullable Baseline baseline;
    public @Nullable List<Period> periods;
  }

  /** A baseline: a value, or the reason there is none. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Baseline {
    public @Nullable Object value;
    public @Nullable String date;
    public @Nullable String comment;
    public @Nullable String unavailableReason;
  }

  /** A reporting period with its targets and actuals. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Period {
    public @Nullable DateRange period;
    public @Nullable List<DataPoint> targets;
    public @Nullable List<DataPoint> actuals;
  }

  /** A closed range of days. */
  public static final class DateRange {
    public @Nullable String start;
    public @Nullable String end;
  }

  /** A target or an actual. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class DataPoint {
    public @Nullable Object value;
    public @Nullable Map<String, String> disaggregation;
    public @Nullable String location;
    public @Nullable String comment;
  }
}
