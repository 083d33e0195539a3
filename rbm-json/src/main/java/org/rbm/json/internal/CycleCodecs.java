package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.cycle.Allocation;
import org.rbm.core.cycle.Amendment;
import org.rbm.core.cycle.DecidingBody;
import org.rbm.core.cycle.DocumentId;
import org.rbm.core.cycle.DwcpPriority;
import org.rbm.core.cycle.Expenditure;
import org.rbm.core.cycle.ExpenditureEntry;
import org.rbm.core.cycle.HighLevelStrategy;
import org.rbm.core.cycle.OutcomeNarrative;
import org.rbm.core.cycle.OutcomeStrategy;
import org.rbm.core.cycle.ProgrammeAndBudget;
import org.rbm.core.cycle.SpfChange;
import org.rbm.core.cycle.StatedTotal;
import org.rbm.core.cycle.StrategicPolicyFramework;
import org.rbm.core.cycle.StrategyTopic;
import org.rbm.core.cycle.TopicEntry;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.money.ExchangeRate;
import org.rbm.core.money.Money;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.strategies.FundingSource;
import org.rbm.core.strategies.StrategyId;
import org.rbm.json.RbmJson;

/**
 * The programme cycle: the Strategic Policy Framework with its amendments, the Programme and
 * Budget, the expenditure reported against it, exchange rates and the narratives of the
 * implementation report. The SPF, the P&amp;B and the expenditure are documents of their own, each
 * with its format version first ({@link RbmJson#SPF_FORMAT}, {@link
 * RbmJson#PROGRAMME_BUDGET_FORMAT}, {@link RbmJson#EXPENDITURE_FORMAT}); their results frameworks
 * are whole framework documents. Amounts are {@link Money} strings ({@code "USD 1250000.5"});
 * currencies are ISO 4217 codes; an amendment's changes are objects tagged by {@code "kind"}, whose
 * other properties are the record's components ({@code {"kind": "removeIndicator", "id":
 * "IND-9"}}).
 *
 * <p>The computed {@code ImplementationReport} has no JSON form: it is a function of the documents
 * here and a progress report, all of which have one, and is computed again from them in linear
 * time.
 */
final class CycleCodecs {
  private static final Set<Currency> CURRENCIES = Currency.getAvailableCurrencies();

  private CycleCodecs() {}

  /** Reads an ISO 4217 currency code, such as {@code "USD"}. */
  static Currency currency(JsonIn in) {
    String code = in.string();
    for (Currency c : CURRENCIES) {
      if (c.getCurrencyCode().equals(code)) {
        return c;
      }
    }
    throw in.error(JsonIn.quote(code), "an ISO 4217 currency code, such as USD or CHF");
  }

  /** Reads a format version, refusing any other than {@code format}. */
  static void checkFormat(JsonIn in, String format) {
    String found = in.string();
    if (!found.equals(format)) {
      throw in.error(
          "the format " + JsonIn.quote(found),
          "\"" + format + "\" (this version of the SDK reads format 1 only)");
    }
  }

  /** {@link DecidingBody}: {@code "GOVERNING_BODY"} or {@code "INTERNATIONAL_LABOUR_CONFERENCE"}. */
  static final class DecidingBodyCodec extends Codec<DecidingBody> {
    DecidingBodyCodec(Codecs codecs) {
      super(DecidingBody.class, codecs);
    }

    @Override
    public void write(DecidingBody value, JsonOut out) {
      out.value(value.name());
    }

    @Override
    public DecidingBody read(JsonIn in) {
      return in.constant(DecidingBody.class);
    }
  }

  /** {@link StrategyTopic}: one of the eight topics, such as {@code "GENDER"}. */
  static final class StrategyTopicCodec extends Codec<StrategyTopic> {
    StrategyTopicCodec(Codecs codecs) {
      super(StrategyTopic.class, codecs);
    }

    @Override
    public void write(StrategyTopic value, JsonOut out) {
      out.value(value.name());
    }

    @Override
    public StrategyTopic read(JsonIn in) {
      return in.constant(StrategyTopic.class);
    }
  }

  /**
   * {@link ExchangeRate}: {@code {"from": "CHF", "to": "USD", "rate": 0.8333, "asOf":
   * "2008-01-01"}}; the rate is a JSON number, exact.
   */
  static final class ExchangeRateCodec extends Codec<ExchangeRate> {
    private static final Fields<RateParts> FIELDS =
        Fields.<RateParts>of("an exchange rate object")
            .required("from", "an ISO 4217 currency code", (in, p) -> p.from = currency(in))
            .required("to", "an ISO 4217 currency code", (in, p) -> p.to = currency(in))
            .required("rate", "a number", (in, p) -> p.rate = in.decimal())
            .required("asOf", "an ISO date", (in, p) -> p.asOf = in.date())
            .build();

    ExchangeRateCodec(Codecs codecs) {
      super(ExchangeRate.class, codecs);
    }

    @Override
    public void write(ExchangeRate value, JsonOut out) {
      out.startObject();
      out.field("from", value.from().getCurrencyCode());
      out.field("to", value.to().getCurrencyCode());
      out.decimal("rate", value.rate());
      out.field("asOf", value.asOf().toString());
      out.end();
    }

    @Override
    public ExchangeRate read(JsonIn in) {
      RateParts p = new RateParts();
      in.object(FIELDS, p);
      return in.build(
          () ->
              ExchangeRate.of(
                  requireNonNull(p.from),
                  requireNonNull(p.to),
                  requireNonNull(p.rate),
                  requireNonNull(p.asOf)),
          "");
    }

    /** The currencies, rate and date, as read. */
    private static final class RateParts {
      @Nullable Currency from;
      @Nullable Currency to;
      @Nullable BigDecimal rate;
      @Nullable LocalDate asOf;
    }
  }

  /** {@link HighLevelStrategy}: {@code {"id": "KNOWLEDGE", "title": "...", "text": "..."}}. */
  static final class HighLevelStrategyCodec extends Codec<HighLevelStrategy> {
    private static final Fields<HighLevelStrategy.Builder> FIELDS =
        Fields.<HighLevelStrategy.Builder>of("a high-level strategy object")
            .required("id", "a strategy id", (in, b) -> b.id(in.read(StrategyId.class)))
            .required("title", "a string", (in, b) -> b.title(in.string()))
            .optional("text", "a string", (in, b) -> b.text(in.string()))
            .build();

    HighLevelStrategyCodec(Codecs codecs) {
      super(HighLevelStrategy.class, codecs);
    }

    @Override
    public void write(HighLevelStrategy value, JsonOut out) {
      out.startObject();
      out.field("id", value.id());
      out.field("title", value.title());
      out.optional("text", value.text());
      out.end();
    }

    @Override
    public HighLevelStrategy read(JsonIn in) {
      HighLevelStrategy.Builder b = HighLevelStrategy.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link SpfChange}: an object tagged by its first property, {@code "kind"}, the record's name
   * with a lower-case initial ({@code "addResult"}, {@code "changeTarget"}); its other properties
   * are the record's components, all required, and no others:
   *
   * <ul>
   *   <li>{@code addResult}, {@code replaceResult}: {@code result} (a result object);
   *   <li>{@code removeResult}: {@code id} (a result id);
   *   <li>{@code addIndicator}: {@code result} (a result id), {@code indicator} (an indicator);
   *   <li>{@code replaceIndicator}: {@code indicator};
   *   <li>{@code removeIndicator}: {@code id} (an indicator id);
   *   <li>{@code changeTarget}: {@code indicator} (an indicator id), {@code period} (a date
   *       range), {@code target} (a data point);
   *   <li>{@code addStrategy}: {@code strategy} (a high-level strategy);
   *   <li>{@code amendStrategyText}: {@code id} (a strategy id), {@code text};
   *   <li>{@code removeStrategy}: {@code id} (a strategy id);
   *   <li>{@code addEvaluationLesson}: {@code lesson};
   *   <li>{@code reviseVision}: {@code vision}.
   * </ul>
   */
  static final class SpfChangeCodec extends Codec<SpfChange> {
    /** Each kind with its properties besides {@code kind}, in the order written. */
    static final ImmutableMap<String, ImmutableList<String>> KINDS =
        ImmutableMap.<String, ImmutableList<String>>builder()
            .put("addResult", ImmutableList.of("result"))
            .put("replaceResult", ImmutableList.of("result"))
            .put("removeResult", ImmutableList.of("id"))
            .put("addIndicator", ImmutableList.of("result", "indicator"))
            .put("replaceIndicator", ImmutableList.of("indicator"))
            .put("removeIndicator", ImmutableList.of("id"))
            .put("changeTarget", ImmutableList.of("indicator", "period", "target"))
            .put("addStrategy", ImmutableList.of("strategy"))
            .put("amendStrategyText", ImmutableList.of("id", "text"))
            .put("removeStrategy", ImmutableList.of("id"))
            .put("addEvaluationLesson", ImmutableList.of("lesson"))
            .put("reviseVision", ImmutableList.of("vision"))
            .buildOrThrow();

    private static final Fields<ChangeParts> FIELDS =
        Fields.<ChangeParts>of("an SPF change object")
            .first("kind", "a change kind, one of " + KINDS.keySet(), (in, p) -> p.kind = kind(in))
            .optional("result", "a result, or a result id", (in, p) -> readResult(in, p))
            .optional("id", "an id", (in, p) -> readId(in, p))
            .optional("indicator", "an indicator, or an indicator id", (in, p) -> readIndicator(in, p))
            .optional("period", "a date range",
                (in, p) -> p.period = allowed(in, p, "period", DateRange.class))
            .optional("target", "a data point",
                (in, p) -> p.target = allowed(in, p, "target", DataPoint.class))
            .optional("strategy", "a high-level strategy",
                (in, p) -> p.strategy = allowed(in, p, "strategy", HighLevelStrategy.class))
            .optional("text", "a string", (in, p) -> p.text = allowedString(in, p, "text"))
            .optional("lesson", "a string", (in, p) -> p.lesson = allowedString(in, p, "lesson"))
            .optional("vision", "a string", (in, p) -> p.vision = allowedString(in, p, "vision"))
            .build();

    SpfChangeCodec(Codecs codecs) {
      super(SpfChange.class, codecs);
    }

    private static String kind(JsonIn in) {
      String kind = in.string();
      if (!KINDS.containsKey(kind)) {
        throw in.error(JsonIn.quote(kind), "a change kind, one of " + KINDS.keySet());
      }
      return kind;
    }

    /** Checks that the kind read first has the property {@code name}, at the property's value. */
    private static String check(JsonIn in, ChangeParts p, String name) {
      String kind = requireNonNull(p.kind);
      if (!requireNonNull(KINDS.get(kind)).contains(name)) {
        throw in.error(
            "the property \"" + name + "\" in a change of kind \"" + kind + "\"",
            "only the properties " + KINDS.get(kind) + " besides \"kind\"");
      }
      return kind;
    }

    private static <T> T allowed(JsonIn in, ChangeParts p, String name, Class<T> type) {
      var unused = check(in, p, name);
      return in.read(type);
    }

    private static String allowedString(JsonIn in, ChangeParts p, String name) {
      var unused = check(in, p, name);
      return in.string();
    }

    private static void readResult(JsonIn in, ChangeParts p) {
      if (check(in, p, "result").equals("addIndicator")) {
        p.resultId = in.read(ResultId.class);
      } else {
        p.result = in.read(Result.class);
      }
    }

    private static void readIndicator(JsonIn in, ChangeParts p) {
      if (check(in, p, "indicator").equals("changeTarget")) {
        p.indicatorId = in.read(IndicatorId.class);
      } else {
        p.indicator = in.read(Indicator.class);
      }
    }

    private static void readId(JsonIn in, ChangeParts p) {
      switch (check(in, p, "id")) {
        case "removeResult" -> p.resultId = in.read(ResultId.class);
        case "removeIndicator" -> p.indicatorId = in.read(IndicatorId.class);
        default -> p.strategyId = in.read(StrategyId.class);
      }
    }

    @Override
    public void write(SpfChange value, JsonOut out) {
      out.startObject();
      if (value instanceof SpfChange.AddResult c) {
        out.field("kind", "addResult");
        out.field("result", c.result());
      } else if (value instanceof SpfChange.ReplaceResult c) {
        out.field("kind", "replaceResult");
        out.field("result", c.result());
      } else if (value instanceof SpfChange.RemoveResult c) {
        out.field("kind", "removeResult");
        out.field("id", c.id());
      } else if (value instanceof SpfChange.AddIndicator c) {
        out.field("kind", "addIndicator");
        out.field("result", c.result());
        out.field("indicator", c.indicator());
      } else if (value instanceof SpfChange.ReplaceIndicator c) {
        out.field("kind", "replaceIndicator");
        out.field("indicator", c.indicator());
      } else if (value instanceof SpfChange.RemoveIndicator c) {
        out.field("kind", "removeIndicator");
        out.field("id", c.id());
      } else if (value instanceof SpfChange.ChangeTarget c) {
        out.field("kind", "changeTarget");
        out.field("indicator", c.indicator());
        out.field("period", c.period());
        out.field("target", c.target());
      } else if (value instanceof SpfChange.AddStrategy c) {
        out.field("kind", "addStrategy");
        out.field("strategy", c.strategy());
      } else if (value instanceof SpfChange.AmendStrategyText c) {
        out.field("kind", "amendStrategyText");
        out.field("id", c.id());
        out.field("text", c.text());
      } else if (value instanceof SpfChange.RemoveStrategy c) {
        out.field("kind", "removeStrategy");
        out.field("id", c.id());
      } else if (value instanceof SpfChange.AddEvaluationLesson c) {
        out.field("kind", "addEvaluationLesson");
        out.field("lesson", c.lesson());
      } else {
        SpfChange.ReviseVision c = (SpfChange.ReviseVision) value;
        out.field("kind", "reviseVision");
        out.field("vision", c.vision());
      }
      out.end();
    }

    @Override
    public SpfChange read(JsonIn in) {
      ChangeParts p = new ChangeParts();
      in.object(FIELDS, p);
      return in.build(p::change, "");
    }

    /** The kind and the properties read, each set only if the kind has it. */
    private static final class ChangeParts {
      @Nullable String kind;
      @Nullable Result result;
      @Nullable ResultId resultId;
      @Nullable Indicator indicator;
      @Nullable IndicatorId indicatorId;
      @Nullable StrategyId strategyId;
      @Nullable DateRange period;
      @Nullable DataPoint target;
      @Nullable HighLevelStrategy strategy;
      @Nullable String text;
      @Nullable String lesson;
      @Nullable String vision;

      SpfChange change() {
        String k = requireNonNull(kind);
        return switch (k) {
          case "addResult" -> new SpfChange.AddResult(present("result", result));
          case "replaceResult" -> new SpfChange.ReplaceResult(present("result", result));
          case "removeResult" -> new SpfChange.RemoveResult(present("id", resultId));
          case "addIndicator" ->
              new SpfChange.AddIndicator(present("result", resultId), present("indicator", indicator));
          case "replaceIndicator" -> new SpfChange.ReplaceIndicator(present("indicator", indicator));
          case "removeIndicator" -> new SpfChange.RemoveIndicator(present("id", indicatorId));
          case "changeTarget" ->
              new SpfChange.ChangeTarget(
                  present("indicator", indicatorId),
                  present("period", period),
                  present("target", target));
          case "addStrategy" -> new SpfChange.AddStrategy(present("strategy", strategy));
          case "amendStrategyText" ->
              new SpfChange.AmendStrategyText(present("id", strategyId), present("text", text));
          case "removeStrategy" -> new SpfChange.RemoveStrategy(present("id", strategyId));
          case "addEvaluationLesson" -> new SpfChange.AddEvaluationLesson(present("lesson", lesson));
          default -> new SpfChange.ReviseVision(present("vision", vision));
        };
      }

      private <T> T present(String name, @Nullable T value) {
        if (value == null) {
          throw new InvalidValueException(
              name,
              null,
              "the property \"" + name + "\", which a change of kind \"" + kind + "\" requires");
        }
        return value;
      }
    }
  }

  /**
   * {@link Amendment}: {@code {"date": "2011-03-24", "decidedBy": "GOVERNING_BODY", "reference":
   * "GB.310/PFA/2", "summary": "...", "changes": [change, ...]}}.
   */
  static final class AmendmentCodec extends Codec<Amendment> {
    private static final Fields<Amendment.Builder> FIELDS =
        Fields.<Amendment.Builder>of("an amendment object")
            .required("date", "an ISO date", (in, b) -> b.date(in.date()))
            .required("decidedBy", "a deciding body",
                (in, b) -> b.decidedBy(in.read(DecidingBody.class)))
            .required("reference", "a string", (in, b) -> b.reference(in.string()))
            .optional("summary", "a string", (in, b) -> b.summary(in.string()))
            .required("changes", "an array of SPF changes",
                (in, b) -> in.list(SpfChange.class, b::addChange))
            .build();

    AmendmentCodec(Codecs codecs) {
      super(Amendment.class, codecs);
    }

    @Override
    public void write(Amendment value, JsonOut out) {
      out.startObject();
      out.field("date", value.date().toString());
      out.field("decidedBy", value.decidedBy());
      out.field("reference", value.reference());
      out.optional("summary", value.summary());
      out.list("changes", value.changes());
      out.end();
    }

    @Override
    public Amendment read(JsonIn in) {
      Amendment.Builder b = Amendment.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link StrategicPolicyFramework}: the SPF document, {@code {"format": "rbm-spf/1", "id":
   * "SPF-2010-15", "period": "2010-15", "adoptedOn": "2008-11-20", "vision": "...", "framework":
   * {framework document}, "strategies": [...], "evaluationLessons": [...], "amendments":
   * [...]}}. Amendments are kept in the order they were recorded; reading checks, as building
   * does, that each applies to the SPF as it stood before it.
   */
  static final class StrategicPolicyFrameworkCodec extends Codec<StrategicPolicyFramework> {
    private static final Fields<StrategicPolicyFramework.Builder> FIELDS =
        Fields.<StrategicPolicyFramework.Builder>of("a strategic policy framework object")
            .first("format", "the format version \"" + RbmJson.SPF_FORMAT + "\"",
                (in, b) -> checkFormat(in, RbmJson.SPF_FORMAT))
            .required("id", "a document id", (in, b) -> b.id(in.read(DocumentId.class)))
            .required("period", "a planning period", (in, b) -> b.period(in.read(PlanningPeriod.class)))
            .required("adoptedOn", "an ISO date", (in, b) -> b.adoptedOn(in.date()))
            .optional("vision", "a string", (in, b) -> b.vision(in.string()))
            .required("framework", "a results framework object",
                (in, b) -> b.framework(in.read(ResultsFramework.class)))
            .optional("strategies", "an array of high-level strategies",
                (in, b) -> in.list(HighLevelStrategy.class, b::addStrategy))
            .optional("evaluationLessons", "an array of strings",
                (in, b) -> in.strings(b::addEvaluationLesson, false))
            .optional("amendments", "an array of amendments",
                (in, b) -> in.list(Amendment.class, b::addAmendment))
            .build();

    StrategicPolicyFrameworkCodec(Codecs codecs) {
      super(StrategicPolicyFramework.class, codecs);
    }

    @Override
    public void write(StrategicPolicyFramework value, JsonOut out) {
      out.startObject();
      out.field("format", RbmJson.SPF_FORMAT);
      out.field("id", value.id());
      out.field("period", value.period());
      out.field("adoptedOn", value.adoptedOn().toString());
      out.optional("vision", value.vision());
      out.field("framework", value.framework());
      out.list("strategies", value.strategies());
      out.list("evaluationLessons", value.evaluationLessons());
      out.list("amendments", value.amendments());
      out.end();
    }

    @Override
    public StrategicPolicyFramework read(JsonIn in) {
      StrategicPolicyFramework.Builder b = StrategicPolicyFramework.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link Allocation}: {@code {"outcome": "IO2a.1", "source": "REGULAR_BUDGET", "year": 2008,
   * "amount": "USD 1250000"}}.
   */
  static final class AllocationCodec extends Codec<Allocation> {
    private static final Fields<AllocationParts> FIELDS =
        Fields.<AllocationParts>of("an allocation object")
            .required("outcome", "a result id", (in, p) -> p.outcome = in.read(ResultId.class))
            .required("source", "a funding source",
                (in, p) -> p.source = in.read(FundingSource.class))
            .required("year", "a year", (in, p) -> p.year = in.integer(1, 9999))
            .required("amount", "an amount such as \"USD 1250000\"",
                (in, p) -> p.amount = in.read(Money.class))
            .build();

    AllocationCodec(Codecs codecs) {
      super(Allocation.class, codecs);
    }

    @Override
    public void write(Allocation value, JsonOut out) {
      out.startObject();
      out.field("outcome", value.outcome());
      out.field("source", value.source());
      out.decimal("year", BigDecimal.valueOf(value.year()));
      out.field("amount", value.amount());
      out.end();
    }

    @Override
    public Allocation read(JsonIn in) {
      AllocationParts p = new AllocationParts();
      in.object(FIELDS, p);
      return in.build(
          () ->
              Allocation.of(
                  requireNonNull(p.outcome),
                  requireNonNull(p.source),
                  p.year,
                  requireNonNull(p.amount)),
          "");
    }

    /** The parts of an allocation, as read. */
    private static final class AllocationParts {
      @Nullable ResultId outcome;
      @Nullable FundingSource source;
      int year;
      @Nullable Money amount;
    }
  }

  /** {@link StatedTotal}: {@code {"source": "RBSA", "amount": "USD 300000"}}. */
  static final class StatedTotalCodec extends Codec<StatedTotal> {
    private static final Fields<TotalParts> FIELDS =
        Fields.<TotalParts>of("a stated total object")
            .required("source", "a funding source",
                (in, p) -> p.source = in.read(FundingSource.class))
            .required("amount", "an amount such as \"USD 300000\"",
                (in, p) -> p.amount = in.read(Money.class))
            .build();

    StatedTotalCodec(Codecs codecs) {
      super(StatedTotal.class, codecs);
    }

    @Override
    public void write(StatedTotal value, JsonOut out) {
      out.startObject();
      out.field("source", value.source());
      out.field("amount", value.amount());
      out.end();
    }

    @Override
    public StatedTotal read(JsonIn in) {
      TotalParts p = new TotalParts();
      in.object(FIELDS, p);
      return in.build(
          () -> StatedTotal.of(requireNonNull(p.source), requireNonNull(p.amount)), "");
    }

    /** The source and amount, as read. */
    private static final class TotalParts {
      @Nullable FundingSource source;
      @Nullable Money amount;
    }
  }

  /**
   * {@link TopicEntry}: {@code {"topic": "GENDER", "applies": true, "text": "..."}}; when {@code
   * applies} is false, the text says why the topic does not apply.
   */
  static final class TopicEntryCodec extends Codec<TopicEntry> {
    private static final Fields<TopicParts> FIELDS =
        Fields.<TopicParts>of("a topic entry object")
            .required("topic", "a strategy topic", (in, p) -> p.topic = in.read(StrategyTopic.class))
            .required("applies", "true or false", (in, p) -> p.applies = in.bool())
            .required("text", "a string", (in, p) -> p.text = in.string())
            .build();

    TopicEntryCodec(Codecs codecs) {
      super(TopicEntry.class, codecs);
    }

    @Override
    public void write(TopicEntry value, JsonOut out) {
      out.startObject();
      out.field("topic", value.topic());
      out.bool("applies", value.applies());
      out.field("text", value.text());
      out.end();
    }

    @Override
    public TopicEntry read(JsonIn in) {
      TopicParts p = new TopicParts();
      in.object(FIELDS, p);
      StrategyTopic topic = requireNonNull(p.topic);
      String text = requireNonNull(p.text);
      return in.build(
          () -> p.applies ? TopicEntry.of(topic, text) : TopicEntry.notApplicable(topic, text), "");
    }

    /** The topic, whether it applies and the text, as read. */
    private static final class TopicParts {
      @Nullable StrategyTopic topic;
      boolean applies;
      @Nullable String text;
    }
  }

  /**
   * {@link OutcomeStrategy}: {@code {"outcome": "IO2a.1", "summary": "...", "topics": [topic
   * entry, ...]}}.
   */
  static final class OutcomeStrategyCodec extends Codec<OutcomeStrategy> {
    private static final Fields<OutcomeStrategy.Builder> FIELDS =
        Fields.<OutcomeStrategy.Builder>of("an outcome strategy object")
            .required("outcome", "a result id", (in, b) -> b.outcome(in.read(ResultId.class)))
            .optional("summary", "a string", (in, b) -> b.summary(in.string()))
            .optional("topics", "an array of topic entries",
                (in, b) -> in.list(TopicEntry.class, b::addTopic))
            .build();

    OutcomeStrategyCodec(Codecs codecs) {
      super(OutcomeStrategy.class, codecs);
    }

    @Override
    public void write(OutcomeStrategy value, JsonOut out) {
      out.startObject();
      out.field("outcome", value.outcome());
      out.optional("summary", value.summary());
      out.list("topics", value.topics());
      out.end();
    }

    @Override
    public OutcomeStrategy read(JsonIn in) {
      OutcomeStrategy.Builder b = OutcomeStrategy.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link DwcpPriority}: {@code {"country": "Cambodia", "priority": "...", "outcomes":
   * ["IO2a.1"]}}, each outcome at most once.
   */
  static final class DwcpPriorityCodec extends Codec<DwcpPriority> {
    private static final Fields<DwcpPriority.Builder> FIELDS =
        Fields.<DwcpPriority.Builder>of("a DWCP priority object")
            .required("country", "a string", (in, b) -> b.country(in.string()))
            .required("priority", "a string", (in, b) -> b.priority(in.string()))
            .required("outcomes", "an array of result ids", (in, b) -> outcomes(in, b))
            .build();

    DwcpPriorityCodec(Codecs codecs) {
      super(DwcpPriority.class, codecs);
    }

    private static void outcomes(JsonIn in, DwcpPriority.Builder b) {
      Set<ResultId> ids = new LinkedHashSet<>();
      in.array(
          () -> {
            ResultId id = in.read(ResultId.class);
            if (!ids.add(id)) {
              throw in.error(JsonIn.quote(id.toString()) + " again", "each outcome at most once");
            }
          });
      b.outcomes(ids);
    }

    @Override
    public void write(DwcpPriority value, JsonOut out) {
      out.startObject();
      out.field("country", value.country());
      out.field("priority", value.priority());
      out.list("outcomes", value.outcomes());
      out.end();
    }

    @Override
    public DwcpPriority read(JsonIn in) {
      DwcpPriority.Builder b = DwcpPriority.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link ProgrammeAndBudget}: the P&amp;B document, {@code {"format": "rbm-programme-budget/1",
   * "id": "PB-2008-09", "biennium": "2008-09", "spf": "SPF-2010-15", "adoptedOn": "2007-06-15",
   * "currency": "USD", "framework": {framework document}, "allocations": [...], "statedTotals":
   * [...], "outcomeStrategies": [...], "dwcpPriorities": [...]}}.
   */
  static final class ProgrammeAndBudgetCodec extends Codec<ProgrammeAndBudget> {
    private static final Fields<ProgrammeAndBudget.Builder> FIELDS =
        Fields.<ProgrammeAndBudget.Builder>of("a programme and budget object")
            .first("format", "the format version \"" + RbmJson.PROGRAMME_BUDGET_FORMAT + "\"",
                (in, b) -> checkFormat(in, RbmJson.PROGRAMME_BUDGET_FORMAT))
            .required("id", "a document id", (in, b) -> b.id(in.read(DocumentId.class)))
            .required("biennium", "a planning period",
                (in, b) -> b.biennium(in.read(PlanningPeriod.class)))
            .required("spf", "a document id", (in, b) -> b.spf(in.read(DocumentId.class)))
            .optional("adoptedOn", "an ISO date", (in, b) -> b.adoptedOn(in.date()))
            .required("currency", "an ISO 4217 currency code", (in, b) -> b.currency(currency(in)))
            .required("framework", "a results framework object",
                (in, b) -> b.framework(in.read(ResultsFramework.class)))
            .optional("allocations", "an array of allocations",
                (in, b) -> in.list(Allocation.class, b::addAllocation))
            .optional("statedTotals", "an array of stated totals",
                (in, b) -> in.list(StatedTotal.class, b::addStatedTotal))
            .optional("outcomeStrategies", "an array of outcome strategies",
                (in, b) -> in.list(OutcomeStrategy.class, b::addOutcomeStrategy))
            .optional("dwcpPriorities", "an array of DWCP priorities",
                (in, b) -> in.list(DwcpPriority.class, b::addDwcpPriority))
            .build();

    ProgrammeAndBudgetCodec(Codecs codecs) {
      super(ProgrammeAndBudget.class, codecs);
    }

    @Override
    public void write(ProgrammeAndBudget value, JsonOut out) {
      out.startObject();
      out.field("format", RbmJson.PROGRAMME_BUDGET_FORMAT);
      out.field("id", value.id());
      out.field("biennium", value.biennium());
      out.field("spf", value.spf());
      value.adoptedOn().ifPresent(d -> out.field("adoptedOn", d.toString()));
      out.field("currency", value.currency().getCurrencyCode());
      out.field("framework", value.framework());
      out.list("allocations", value.allocations());
      out.list("statedTotals", value.statedTotals());
      out.list("outcomeStrategies", value.outcomeStrategies());
      out.list("dwcpPriorities", value.dwcpPriorities());
      out.end();
    }

    @Override
    public ProgrammeAndBudget read(JsonIn in) {
      ProgrammeAndBudget.Builder b = ProgrammeAndBudget.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link ExpenditureEntry}: {@code {"outcome": "IO2a.1", "source": "RBSA", "period": {"start":
   * "2008-01-01", "end": "2008-12-31"}, "amount": "USD 210000"}}.
   */
  static final class ExpenditureEntryCodec extends Codec<ExpenditureEntry> {
    private static final Fields<EntryParts> FIELDS =
        Fields.<EntryParts>of("an expenditure entry object")
            .required("outcome", "a result id", (in, p) -> p.outcome = in.read(ResultId.class))
            .required("source", "a funding source",
                (in, p) -> p.source = in.read(FundingSource.class))
            .required("period", "a date range", (in, p) -> p.period = in.read(DateRange.class))
            .required("amount", "an amount such as \"USD 210000\"",
                (in, p) -> p.amount = in.read(Money.class))
            .build();

    ExpenditureEntryCodec(Codecs codecs) {
      super(ExpenditureEntry.class, codecs);
    }

    @Override
    public void write(ExpenditureEntry value, JsonOut out) {
      out.startObject();
      out.field("outcome", value.outcome());
      out.field("source", value.source());
      out.field("period", value.period());
      out.field("amount", value.amount());
      out.end();
    }

    @Override
    public ExpenditureEntry read(JsonIn in) {
      EntryParts p = new EntryParts();
      in.object(FIELDS, p);
      return in.build(
          () ->
              ExpenditureEntry.of(
                  requireNonNull(p.outcome),
                  requireNonNull(p.source),
                  requireNonNull(p.period),
                  requireNonNull(p.amount)),
          "");
    }

    /** The parts of an entry, as read. */
    private static final class EntryParts {
      @Nullable ResultId outcome;
      @Nullable FundingSource source;
      @Nullable DateRange period;
      @Nullable Money amount;
    }
  }

  /**
   * {@link Expenditure}: the expenditure document, {@code {"format": "rbm-expenditure/1",
   * "programmeAndBudget": "PB-2008-09", "currency": "USD", "reportedOn": "2009-01-31", "entries":
   * [...]}}.
   */
  static final class ExpenditureCodec extends Codec<Expenditure> {
    private static final Fields<Expenditure.Builder> FIELDS =
        Fields.<Expenditure.Builder>of("an expenditure object")
            .first("format", "the format version \"" + RbmJson.EXPENDITURE_FORMAT + "\"",
                (in, b) -> checkFormat(in, RbmJson.EXPENDITURE_FORMAT))
            .required("programmeAndBudget", "a document id",
                (in, b) -> b.programmeAndBudget(in.read(DocumentId.class)))
            .required("currency", "an ISO 4217 currency code", (in, b) -> b.currency(currency(in)))
            .optional("reportedOn", "an ISO date", (in, b) -> b.reportedOn(in.date()))
            .optional("entries", "an array of expenditure entries",
                (in, b) -> in.list(ExpenditureEntry.class, b::addEntry))
            .build();

    ExpenditureCodec(Codecs codecs) {
      super(Expenditure.class, codecs);
    }

    @Override
    public void write(Expenditure value, JsonOut out) {
      out.startObject();
      out.field("format", RbmJson.EXPENDITURE_FORMAT);
      out.field("programmeAndBudget", value.programmeAndBudget());
      out.field("currency", value.currency().getCurrencyCode());
      value.reportedOn().ifPresent(d -> out.field("reportedOn", d.toString()));
      out.list("entries", value.entries());
      out.end();
    }

    @Override
    public Expenditure read(JsonIn in) {
      Expenditure.Builder b = Expenditure.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link OutcomeNarrative}: what the implementation report says of one outcome in words, {@code
   * {"outcome": "IO2a.1", "officeContribution": "...", "partnersContribution": "...",
   * "difficulties": [...], "lessons": [...]}}.
   */
  static final class OutcomeNarrativeCodec extends Codec<OutcomeNarrative> {
    private static final Fields<OutcomeNarrative.Builder> FIELDS =
        Fields.<OutcomeNarrative.Builder>of("an outcome narrative object")
            .required("outcome", "a result id", (in, b) -> b.outcome(in.read(ResultId.class)))
            .required("officeContribution", "a string", (in, b) -> b.officeContribution(in.string()))
            .required("partnersContribution", "a string",
                (in, b) -> b.partnersContribution(in.string()))
            .optional("difficulties", "an array of strings",
                (in, b) -> in.strings(b::addDifficulty, false))
            .optional("lessons", "an array of strings", (in, b) -> in.strings(b::addLesson, false))
            .build();

    OutcomeNarrativeCodec(Codecs codecs) {
      super(OutcomeNarrative.class, codecs);
    }

    @Override
    public void write(OutcomeNarrative value, JsonOut out) {
      out.startObject();
      out.field("outcome", value.outcome());
      out.field("officeContribution", value.officeContribution());
      out.field("partnersContribution", value.partnersContribution());
      out.list("difficulties", value.difficulties());
      out.list("lessons", value.lessons());
      out.end();
    }

    @Override
    public OutcomeNarrative read(JsonIn in) {
      OutcomeNarrative.Builder b = OutcomeNarrative.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }
}
