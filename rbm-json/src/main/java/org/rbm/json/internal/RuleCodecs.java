package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rbm.core.internal.RuleValues;
import org.rbm.core.rules.Finding;
import org.rbm.core.rules.Location;
import org.rbm.core.rules.RuleId;
import org.rbm.core.rules.Severity;
import org.rbm.core.rules.ValidationReport;

/**
 * What the rules engine reports: rule ids, severities, locations, findings and validation reports,
 * so that applications can return them from their APIs.
 */
final class RuleCodecs {
  private RuleCodecs() {}

  /** {@link RuleId}: {@code "RBM-IND-003"}. */
  static final class RuleIdCodec extends Codec<RuleId> {
    RuleIdCodec(Codecs codecs) {
      super(RuleId.class, codecs);
    }

    @Override
    public void write(RuleId value, JsonOut out) {
      out.value(value.code());
    }

    @Override
    public RuleId read(JsonIn in) {
      String code = in.string();
      return in.convert(() -> RuleId.of(code));
    }
  }

  /** {@link Severity}: {@code "ERROR"}, {@code "WARNING"} or {@code "INFO"}. */
  static final class SeverityCodec extends Codec<Severity> {
    SeverityCodec(Codecs codecs) {
      super(Severity.class, codecs);
    }

    @Override
    public void write(Severity value, JsonOut out) {
      out.value(value.name());
    }

    @Override
    public Severity read(JsonIn in) {
      return in.constant(Severity.class);
    }
  }

  /** {@link Location}: its path, such as {@code "/results/SO2/OC2.1/indicators/IND-7"}. */
  static final class LocationCodec extends Codec<Location> {
    LocationCodec(Codecs codecs) {
      super(Location.class, codecs);
    }

    @Override
    public void write(Location value, JsonOut out) {
      out.value(value.toString());
    }

    @Override
    public Location read(JsonIn in) {
      String path = in.string();
      return in.convert(() -> Location.parse(path));
    }
  }

  /**
   * {@link Finding}: {@code {"ruleId": "RBM-IND-003", "severity": "ERROR", "subjectId":
   * "PB-2008-09", "location": "/results/SO1/OC1/indicators/IND-1", "indexPath":
   * "results[1].indicators[0]", "messageKey": "RBM-IND-003.noTarget", "arguments": {"indicator":
   * "IND-1"}, "message": "..."}}. {@code indexPath} is absent when the location has none, {@code
   * arguments} when there is none. For a key of the SDK's bundles, the arguments must be those its
   * text uses and the message its English text: a finding is a computed value, read back as
   * written.
   */
  static final class FindingCodec extends Codec<Finding> {
    private static final Fields<FindingParts> FIELDS =
        Fields.<FindingParts>of("a finding object")
            .required("ruleId", "a rule id", (in, p) -> p.ruleId = in.read(RuleId.class))
            .required("severity", "a severity", (in, p) -> p.severity = in.read(Severity.class))
            .required("subjectId", "a string", (in, p) -> p.subjectId = in.string())
            .required("location", "a location", (in, p) -> p.location = in.read(Location.class))
            .optional("indexPath", "an index path such as results[1].indicators[0]", (in, p) -> {
              String path = in.string();
              // Checked here, for its place.
              var unused = in.convert(() -> Location.ROOT.withIndexPath(path));
              p.indexPath = path;
            })
            .required("messageKey", "a string", (in, p) -> p.messageKey = in.string())
            .optional("arguments", "an object of strings", (in, p) -> in.map(
                "an object of strings, from argument name to value",
                name -> p.arguments.put(name, in.string())))
            .required("message", "a string", (in, p) -> p.message = in.string())
            .build();

    FindingCodec(Codecs codecs) {
      super(Finding.class, codecs);
    }

    @Override
    public void write(Finding value, JsonOut out) {
      out.startObject();
      out.field("ruleId", value.ruleId());
      out.field("severity", value.severity());
      out.field("subjectId", value.subjectId());
      out.field("location", value.location());
      out.optional("indexPath", value.location().indexPath());
      out.field("messageKey", value.messageKey());
      out.strings("arguments", value.arguments());
      out.field("message", value.message());
      out.end();
    }

    @Override
    public Finding read(JsonIn in) {
      FindingParts p = new FindingParts();
      in.object(FIELDS, p);
      Location location = requireNonNull(p.location);
      String indexPath = p.indexPath;
      Location located = indexPath == null ? location : location.withIndexPath(indexPath);
      return in.build(() -> RuleValues.get().finding(
          requireNonNull(p.ruleId), requireNonNull(p.severity), requireNonNull(p.subjectId),
          located, requireNonNull(p.messageKey), p.arguments, requireNonNull(p.message)), "");
    }

    /** The properties, as read. */
    private static final class FindingParts {
      @Nullable RuleId ruleId;
      @Nullable Severity severity;
      @Nullable String subjectId;
      @Nullable Location location;
      @Nullable String indexPath;
      @Nullable String messageKey;
      final Map<String, String> arguments = new LinkedHashMap<>();
      @Nullable String message;
    }
  }

  /**
   * {@link ValidationReport}: {@code {"subjectId": "PB-2008-09", "findings": [...], "errors": 1,
   * "warnings": 0, "info": 0, "hasErrors": true}}. The counts and {@code hasErrors} are written for
   * the reader's convenience; when read, they are optional and must agree with the findings.
   */
  static final class ValidationReportCodec extends Codec<ValidationReport> {
    private static final Fields<ReportParts> FIELDS =
        Fields.<ReportParts>of("a validation report object")
            .required("subjectId", "a string", (in, p) -> p.subjectId = in.string())
            .optional("findings", "an array of findings",
                (in, p) -> in.list(Finding.class, p.findings::add))
            .optional("errors", "a count", (in, p) -> p.errors = count(in))
            .optional("warnings", "a count", (in, p) -> p.warnings = count(in))
            .optional("info", "a count", (in, p) -> p.info = count(in))
            .optional("hasErrors", "true or false", (in, p) -> p.hasErrors = in.bool())
            .build();

    ValidationReportCodec(Codecs codecs) {
      super(ValidationReport.class, codecs);
    }

    private static Integer count(JsonIn in) {
      return in.integer(0, Integer.MAX_VALUE);
    }

    @Override
    public void write(ValidationReport value, JsonOut out) {
      out.startObject();
      out.field("subjectId", value.subjectId());
      out.list("findings", value.findings());
      out.decimal("errors", BigDecimal.valueOf(value.count(Severity.ERROR)));
      out.decimal("warnings", BigDecimal.valueOf(value.count(Severity.WARNING)));
      out.decimal("info", BigDecimal.valueOf(value.count(Severity.INFO)));
      out.bool("hasErrors", value.hasErrors());
      out.end();
    }

    @Override
    public ValidationReport read(JsonIn in) {
      ReportParts parts = new ReportParts();
      in.object(FIELDS, parts);
      ValidationReport report = in.build(
          () -> RuleValues.get().report(requireNonNull(parts.subjectId), parts.findings.build()),
          "");
      agree(in, "errors", parts.errors, report.count(Severity.ERROR));
      agree(in, "warnings", parts.warnings, report.count(Severity.WARNING));
      agree(in, "info", parts.info, report.count(Severity.INFO));
      if (parts.hasErrors != null && parts.hasErrors != report.hasErrors()) {
        throw in.error("hasErrors " + parts.hasErrors, report.hasErrors()
            + ", as the findings " + (report.hasErrors() ? "include" : "include no") + " error");
      }
      return report;
    }

    private static void agree(JsonIn in, String name, @Nullable Integer given, int counted) {
      if (given != null && given != counted) {
        throw in.error(name + " " + given, counted + ", the number of such findings");
      }
    }

    /** The properties, as read. */
    private static final class ReportParts {
      @Nullable String subjectId;
      final ImmutableList.Builder<Finding> findings = ImmutableList.builder();
      @Nullable Integer errors;
      @Nullable Integer warnings;
      @Nullable Integer info;
      @Nullable Boolean hasErrors;
    }
  }
}
