package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.CostRequirement;
import org.rbm.core.strategies.ExpectedResult;
import org.rbm.core.strategies.FundingSource;
import org.rbm.core.strategies.Linkage;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.LinkageStatement;
import org.rbm.core.strategies.ResultReference;
import org.rbm.core.strategies.Strategy;
import org.rbm.core.strategies.StrategyHeading;
import org.rbm.core.strategies.StrategyId;
import org.rbm.core.strategies.StrategyKind;

/**
 * Strategies and the strategy-linkage matrix. Small values with a {@code parse}/{@code toString}
 * pair are strings ({@code "HR"}, {@code "PB-2008-09/IO2a.1"}, {@code "USD"}); the rest are
 * objects. A matrix is its strategies and a flat list of links, each as the builder takes it, so
 * that the model's field names ({@code links[3].to}) are the document's paths.
 */
final class StrategyCodecs {
  private static final Set<Currency> CURRENCIES = Currency.getAvailableCurrencies();

  private StrategyCodecs() {}

  /** {@link StrategyId}: {@code "HR"}. */
  static final class StrategyIdCodec extends Codec<StrategyId> {
    StrategyIdCodec(Codecs codecs) {
      super(StrategyId.class, codecs);
    }

    @Override
    public void write(StrategyId value, JsonOut out) {
      out.value(value.code());
    }

    @Override
    public StrategyId read(JsonIn in) {
      String code = in.string();
      return in.convert(() -> StrategyId.of(code));
    }
  }

  /** {@link StrategyKind}: {@code "CORE_MANAGEMENT"} or {@code "OTHER"}. */
  static final class StrategyKindCodec extends Codec<StrategyKind> {
    StrategyKindCodec(Codecs codecs) {
      super(StrategyKind.class, codecs);
    }

    @Override
    public void write(StrategyKind value, JsonOut out) {
      out.value(value.name());
    }

    @Override
    public StrategyKind read(JsonIn in) {
      return in.constant(StrategyKind.class);
    }
  }

  /** {@link FundingSource}: {@code "REGULAR_BUDGET"}, {@code "RBSA"}, {@code "EXTRA_BUDGETARY"}. */
  static final class FundingSourceCodec extends Codec<FundingSource> {
    FundingSourceCodec(Codecs codecs) {
      super(FundingSource.class, codecs);
    }

    @Override
    public void write(FundingSource value, JsonOut out) {
      out.value(value.name());
    }

    @Override
    public FundingSource read(JsonIn in) {
      return in.constant(FundingSource.class);
    }
  }

  /** {@link ResultReference}: {@code "PB-2008-09/IO2a.1"} or {@code "IO2a.1"}. */
  static final class ResultReferenceCodec extends Codec<ResultReference> {
    ResultReferenceCodec(Codecs codecs) {
      super(ResultReference.class, codecs);
    }

    @Override
    public void write(ResultReference value, JsonOut out) {
      out.value(value.toString());
    }

    @Override
    public ResultReference read(JsonIn in) {
      String text = in.string();
      return in.convert(() -> ResultReference.parse(text));
    }
  }

  /** {@link StrategyHeading}: {@code {"id": "HR", "name": "Human resources", "kind": "CORE_MANAGEMENT"}}. */
  static final class StrategyHeadingCodec extends Codec<StrategyHeading> {
    private static final Fields<HeadingParts> FIELDS =
        Fields.<HeadingParts>of("a strategy heading object")
            .required("id", "a strategy id", (in, p) -> p.id = in.read(StrategyId.class))
            .required("name", "a string", (in, p) -> p.name = in.string())
            .required("kind", "a strategy kind", (in, p) -> p.kind = in.read(StrategyKind.class))
            .build();

    StrategyHeadingCodec(Codecs codecs) {
      super(StrategyHeading.class, codecs);
    }

    @Override
    public void write(StrategyHeading value, JsonOut out) {
      out.startObject();
      out.field("id", value.id());
      out.field("name", value.name());
      out.field("kind", value.kind());
      out.end();
    }

    @Override
    public StrategyHeading read(JsonIn in) {
      HeadingParts p = new HeadingParts();
      in.object(FIELDS, p);
      return in.build(() -> StrategyHeading.of(
          requireNonNull(p.id), requireNonNull(p.name), requireNonNull(p.kind)), "");
    }

    /** The id, name and kind, as read. */
    private static final class HeadingParts {
      @Nullable StrategyId id;
      @Nullable String name;
      @Nullable StrategyKind kind;
    }
  }

  /**
   * {@link LinkageStatement}: {@code {"text": "...", "result": "PB-2008-09/IO2a.1", "milestone":
   * "IMS-4"}}, the references optional.
   */
  static final class LinkageStatementCodec extends Codec<LinkageStatement> {
    private static final Fields<LinkageStatement.Builder> FIELDS =
        Fields.<LinkageStatement.Builder>of("a linkage statement object")
            .required("text", "a string", (in, b) -> b.text(in.string()))
            .optional("result", "a result reference",
                (in, b) -> b.result(in.read(ResultReference.class)))
            .optional("milestone", "a milestone id",
                (in, b) -> b.milestone(in.read(MilestoneId.class)))
            .build();

    LinkageStatementCodec(Codecs codecs) {
      super(LinkageStatement.class, codecs);
    }

    @Override
    public void write(LinkageStatement value, JsonOut out) {
      out.startObject();
      out.field("text", value.text());
      out.optional("result", value.result());
      out.optional("milestone", value.milestone());
      out.end();
    }

    @Override
    public LinkageStatement read(JsonIn in) {
      LinkageStatement.Builder b = LinkageStatement.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /** {@link Linkage}: {@code {"from": "GENDER", "to": "HR", "statement": {"text": "..."}}}. */
  static final class LinkageCodec extends Codec<Linkage> {
    private static final Fields<LinkParts> FIELDS =
        Fields.<LinkParts>of("a linkage object")
            .required("from", "a strategy id", (in, p) -> p.from = in.read(StrategyId.class))
            .required("to", "a strategy id", (in, p) -> p.to = in.read(StrategyId.class))
            .required("statement", "a linkage statement",
                (in, p) -> p.statement = in.read(LinkageStatement.class))
            .build();

    LinkageCodec(Codecs codecs) {
      super(Linkage.class, codecs);
    }

    @Override
    public void write(Linkage value, JsonOut out) {
      out.startObject();
      out.field("from", value.from());
      out.field("to", value.to());
      out.field("statement", value.statement());
      out.end();
    }

    @Override
    public Linkage read(JsonIn in) {
      LinkParts p = new LinkParts();
      in.object(FIELDS, p);
      return Linkage.of(requireNonNull(p.from), requireNonNull(p.to), requireNonNull(p.statement));
    }

    /** One linkage, as read. */
    private static final class LinkParts {
      @Nullable StrategyId from;
      @Nullable StrategyId to;
      @Nullable LinkageStatement statement;
    }
  }

  /**
   * {@link LinkageMatrix}: {@code {"strategies": [heading, ...], "links": [linkage, ...]}}, as the
   * builder takes them: core strategies in column order, then the others; every statement from its
   * row to its column, cell by cell. The model's field names ({@code strategies[2].id}, {@code
   * links[3].to}) are the document's paths.
   */
  static final class LinkageMatrixCodec extends Codec<LinkageMatrix> {
    private static final Fields<LinkageMatrix.Builder> FIELDS =
        Fields.<LinkageMatrix.Builder>of("a linkage matrix object")
            .required("strategies", "an array of strategy headings",
                (in, b) -> in.list(StrategyHeading.class, b::addStrategy))
            .optional("links", "an array of linkages", (in, b) -> in.list(Linkage.class, b::addLink))
            .build();

    LinkageMatrixCodec(Codecs codecs) {
      super(LinkageMatrix.class, codecs);
    }

    @Override
    public void write(LinkageMatrix value, JsonOut out) {
      out.startObject();
      out.list("strategies", ImmutableList.<StrategyHeading>builder()
          .addAll(value.coreStrategies()).addAll(value.otherStrategies()).build());
      out.list("links", value.links());
      out.end();
    }

    @Override
    public LinkageMatrix read(JsonIn in) {
      LinkageMatrix.Builder b = LinkageMatrix.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /** {@link CostRequirement}: {@code {"source": "RBSA", "amount": 2500000, "currency": "USD"}}. */
  static final class CostRequirementCodec extends Codec<CostRequirement> {
    private static final Fields<CostParts> FIELDS =
        Fields.<CostParts>of("a cost requirement object")
            .required("source", "a funding source",
                (in, p) -> p.source = in.read(FundingSource.class))
            .required("amount", "a number", (in, p) -> p.amount = in.decimal())
            .required("currency", "an ISO 4217 currency code", (in, p) -> p.currency = currency(in))
            .build();

    CostRequirementCodec(Codecs codecs) {
      super(CostRequirement.class, codecs);
    }

    private static Currency currency(JsonIn in) {
      String code = in.string();
      for (Currency c : CURRENCIES) {
        if (c.getCurrencyCode().equals(code)) {
          return c;
        }
      }
      throw in.error(JsonIn.quote(code), "an ISO 4217 currency code, such as USD or CHF");
    }

    @Override
    public void write(CostRequirement value, JsonOut out) {
      out.startObject();
      out.field("source", value.source());
      out.decimal("amount", value.amount());
      out.field("currency", value.currency().getCurrencyCode());
      out.end();
    }

    @Override
    public CostRequirement read(JsonIn in) {
      CostParts p = new CostParts();
      in.object(FIELDS, p);
      return in.build(() -> CostRequirement.of(
          requireNonNull(p.source), requireNonNull(p.amount), requireNonNull(p.currency)), "");
    }

    /** The source, amount and currency, as read. */
    private static final class CostParts {
      @Nullable FundingSource source;
      @Nullable BigDecimal amount;
      @Nullable Currency currency;
    }
  }

  /** {@link ExpectedResult}: {@code {"result": "IO2a.1", "level": "...", "milestones": ["2"]}}. */
  static final class ExpectedResultCodec extends Codec<ExpectedResult> {
    private static final Fields<ExpectedResult.Builder> FIELDS =
        Fields.<ExpectedResult.Builder>of("an expected result object")
            .required("result", "a result id", (in, b) -> b.result(in.read(ResultId.class)))
            .optional("level", "a string", (in, b) -> b.level(in.string()))
            .optional("milestones", "an array of milestone ids",
                (in, b) -> in.list(MilestoneId.class, b::addMilestone))
            .build();

    ExpectedResultCodec(Codecs codecs) {
      super(ExpectedResult.class, codecs);
    }

    @Override
    public void write(ExpectedResult value, JsonOut out) {
      out.startObject();
      out.field("result", value.result());
      out.optional("level", value.level());
      out.list("milestones", value.milestones());
      out.end();
    }

    @Override
    public ExpectedResult read(JsonIn in) {
      ExpectedResult.Builder b = ExpectedResult.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /** {@link Strategy}: an object with every attribute of the model, lists left out when empty. */
  static final class StrategyCodec extends Codec<Strategy> {
    private static final Fields<Strategy.Builder> FIELDS =
        Fields.<Strategy.Builder>of("a strategy object")
            .required("id", "a strategy id", (in, b) -> b.id(in.read(StrategyId.class)))
            .required("name", "a string", (in, b) -> b.name(in.string()))
            .required("kind", "a strategy kind", (in, b) -> b.kind(in.read(StrategyKind.class)))
            .required("period", "a date range", (in, b) -> b.period(in.read(DateRange.class)))
            .required("statement", "a string", (in, b) -> b.statement(in.string()))
            .required("framework", "a framework id",
                (in, b) -> b.framework(in.read(FrameworkId.class)))
            .optional("milestones", "an array of milestones",
                (in, b) -> in.list(Milestone.class, b::addMilestone))
            .optional("expectedResults", "an array of expected results",
                (in, b) -> in.list(ExpectedResult.class, b::addExpectedResult))
            .optional("coordination", "an array of strings",
                (in, b) -> in.strings(b::addCoordination, false))
            .optional("partnerships", "an array of strings",
                (in, b) -> in.strings(b::addPartnership, false))
            .optional("priorityAreas", "an array of strings",
                (in, b) -> in.strings(b::addPriorityArea, false))
            .optional("costs", "an array of cost requirements",
                (in, b) -> in.list(CostRequirement.class, b::addCost))
            .optional("reviewMechanism", "a string", (in, b) -> b.reviewMechanism(in.string()))
            .build();

    StrategyCodec(Codecs codecs) {
      super(Strategy.class, codecs);
    }

    @Override
    public void write(Strategy value, JsonOut out) {
      out.startObject();
      out.field("id", value.id());
      out.field("name", value.name());
      out.field("kind", value.kind());
      out.field("period", value.period());
      out.field("statement", value.statement());
      out.field("framework", value.framework());
      out.list("milestones", value.milestones());
      out.list("expectedResults", value.expectedResults());
      out.list("coordination", value.coordination());
      out.list("partnerships", value.partnerships());
      out.list("priorityAreas", value.priorityAreas());
      out.list("costs", value.costs());
      out.optional("reviewMechanism", value.reviewMechanism());
      out.end();
    }

    @Override
    public Strategy read(JsonIn in) {
      Strategy.Builder b = Strategy.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }
}
