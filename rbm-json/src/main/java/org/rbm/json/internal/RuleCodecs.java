package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
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
   * "PB-2008-09", "location": "/results/SO1/OC1/indicators/IND-1", "message": "..."}}.
   */
  static final class FindingCodec extends Codec<Finding> {
    private static final Fields<Finding.Builder> FIELDS =
        Fields.<Finding.Builder>of("a finding object")
            .required("ruleId", "a rule id", (in, b) -> b.ruleId(in.read(RuleId.class)))
            .required("severity", "a severity", (in, b) -> b.severity(in.read(Severity.class)))
            .required("subjectId", "a string", (in, b) -> b.subjectId(in.string()))
            .required("location", "a location", (in, b) -> b.location(in.read(Location.class)))
            .required("message", "a string", (in, b) -> b.message(in.string()))
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
      out.field("message", value.message());
      out.end();
    }

    @Override
    public Finding read(JsonIn in) {
      Finding.Builder b = Finding.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
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
          () -> ValidationReport.of(requireNonNull(parts.subjectId), parts.findings.build()), "");
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
