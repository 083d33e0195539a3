package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rbm.core.dwcp.Dwcp;
import org.rbm.core.dwcp.DwcpEvent;
import org.rbm.core.dwcp.DwcpPortfolio;
import org.rbm.core.dwcp.DwcpStage;
import org.rbm.core.dwcp.IloRegion;
import org.rbm.core.dwcp.OfficeLevel;
import org.rbm.core.dwcp.Partner;
import org.rbm.core.dwcp.PartnerRole;
import org.rbm.core.dwcp.QaOutcome;
import org.rbm.core.dwcp.ResultResource;
import org.rbm.core.dwcp.UnFrameworkKind;
import org.rbm.core.dwcp.UnFrameworkLink;
import org.rbm.core.money.Money;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.strategies.FundingSource;
import org.rbm.json.RbmJson;

/**
 * Decent Work Country Programmes and their portfolio: the document {@code {"format":
 * "rbm-dwcp/1", "programmes": [...]}}. A programme's document stages are a history replayed on
 * reading through the standard DWCP workflow ({@link HistoryEntries}), so a tampered history, or a
 * move to final without a passed QA review, is rejected at the offending entry. The stage events
 * are plain values too ({@link DwcpEventCodec}), so that a store can keep them one by one:
 * {@code RbmJson.strict().write(event)} and {@code read(text, DwcpEvent.class)}.
 */
final class DwcpCodecs {
  private DwcpCodecs() {}

  /**
   * {@link DwcpEvent}: {@code {"type": "SUBMIT_DRAFT"}}, {@code {"type": "REVIEW_QUALITY",
   * "outcome": "PASSED_WITH_COMMENTS"}}, {@code {"type": "FINALIZE"}}. An outcome on another type is
   * an error.
   */
  static final class DwcpEventCodec extends Codec<DwcpEvent> {
    /** The event types, in the order of the JSON schema's enumeration. */
    static final ImmutableList<String> TYPES =
        ImmutableList.of("SUBMIT_DRAFT", "REVIEW_QUALITY", "FINALIZE");

    private static final Fields<EventParts> FIELDS =
        Fields.<EventParts>of("a DWCP event object")
            .required("type", "a DWCP event type", (in, p) -> p.type = Events.type(in, TYPES))
            .optional("outcome", "a QA outcome", (in, p) -> p.outcome = in.constant(QaOutcome.class))
            .build();

    DwcpEventCodec(Codecs codecs) {
      super(DwcpEvent.class, codecs);
    }

    @Override
    public void write(DwcpEvent value, JsonOut out) {
      out.startObject();
      out.field("type", Events.typeOf(value));
      if (value instanceof DwcpEvent.ReviewQuality r) {
        out.field("outcome", r.outcome().name());
      }
      out.end();
    }

    @Override
    public DwcpEvent read(JsonIn in) {
      EventParts p = new EventParts();
      in.object(FIELDS, p);
      return in.build(p::event, "");
    }

    private static final class EventParts {
      @Nullable String type;
      @Nullable QaOutcome outcome;

      DwcpEvent event() {
        String t = requireNonNull(type);
        if (t.equals("REVIEW_QUALITY")) {
          return DwcpEvent.reviewQuality(Events.required(t, "outcome", outcome));
        }
        Events.none(t, "outcome", outcome);
        return t.equals("SUBMIT_DRAFT") ? DwcpEvent.submitDraft() : DwcpEvent.finalizeDocument();
      }
    }
  }

  /** {@link Partner}: {@code {"name": "Ministry of Labour", "role": "GOVERNMENT"}}. */
  static final class PartnerCodec extends Codec<Partner> {
    private static final Fields<PartnerParts> FIELDS =
        Fields.<PartnerParts>of("a partner object")
            .required("name", "a string", (in, p) -> p.name = in.string())
            .required("role", "a partner role", (in, p) -> p.role = in.constant(PartnerRole.class))
            .build();

    PartnerCodec(Codecs codecs) {
      super(Partner.class, codecs);
    }

    @Override
    public void write(Partner value, JsonOut out) {
      out.startObject();
      out.field("name", value.name());
      out.field("role", value.role().name());
      out.end();
    }

    @Override
    public Partner read(JsonIn in) {
      PartnerParts p = new PartnerParts();
      in.object(FIELDS, p);
      return in.build(() -> new Partner(requireNonNull(p.name), requireNonNull(p.role)), "");
    }

    private static final class PartnerParts {
      @Nullable String name;
      @Nullable PartnerRole role;
    }
  }

  /** {@link UnFrameworkLink}: {@code {"kind": "UNDAF", "reference": "UNDAF Cambodia 2006-10"}}. */
  static final class UnFrameworkLinkCodec extends Codec<UnFrameworkLink> {
    private static final Fields<LinkParts> FIELDS =
        Fields.<LinkParts>of("a UN framework link object")
            .required("kind", "a UN framework kind", (in, p) -> p.kind = in.constant(UnFrameworkKind.class))
            .required("reference", "a string", (in, p) -> p.reference = in.string())
            .build();

    UnFrameworkLinkCodec(Codecs codecs) {
      super(UnFrameworkLink.class, codecs);
    }

    @Override
    public void write(UnFrameworkLink value, JsonOut out) {
      out.startObject();
      out.field("kind", value.kind().name());
      out.field("reference", value.reference());
      out.end();
    }

    @Override
    public UnFrameworkLink read(JsonIn in) {
      LinkParts p = new LinkParts();
      in.object(FIELDS, p);
      return in.build(
          () -> new UnFrameworkLink(requireNonNull(p.kind), requireNonNull(p.reference)), "");
    }

    private static final class LinkParts {
      @Nullable UnFrameworkKind kind;
      @Nullable String reference;
    }
  }

  /**
   * {@link ResultResource}: {@code {"result": "KH-OC1", "source": "REGULAR_BUDGET", "office":
   * "COUNTRY_OFFICE", "amount": "USD 250000"}}.
   */
  static final class ResultResourceCodec extends Codec<ResultResource> {
    private static final Fields<ResourceParts> FIELDS =
        Fields.<ResourceParts>of("a result resource object")
            .required("result", "a result id", (in, p) -> p.result = in.read(ResultId.class))
            .required("source", "a funding source", (in, p) -> p.source = in.read(FundingSource.class))
            .required("office", "an office level", (in, p) -> p.office = in.constant(OfficeLevel.class))
            .required("amount", "an amount with its currency", (in, p) -> p.amount = in.read(Money.class))
            .build();

    ResultResourceCodec(Codecs codecs) {
      super(ResultResource.class, codecs);
    }

    @Override
    public void write(ResultResource value, JsonOut out) {
      out.startObject();
      out.field("result", value.result());
      out.field("source", value.source());
      out.field("office", value.office().name());
      out.field("amount", value.amount());
      out.end();
    }

    @Override
    public ResultResource read(JsonIn in) {
      ResourceParts p = new ResourceParts();
      in.object(FIELDS, p);
      return in.build(
          () ->
              new ResultResource(
                  requireNonNull(p.result),
                  requireNonNull(p.source),
                  requireNonNull(p.office),
                  requireNonNull(p.amount)),
          "");
    }

    private static final class ResourceParts {
      @Nullable ResultId result;
      @Nullable FundingSource source;
      @Nullable OfficeLevel office;
      @Nullable Money amount;
    }
  }

  /**
   * {@link Dwcp}: country, region, period, priorities, its results framework (a nested {@code
   * rbm-framework/1} document), partners, UN frameworks and resources; how it was recorded ({@code
   * initialStage}, {@code recordedOn}, {@code recordedBy}); its current {@code stage}, which must be
   * the one its {@code history} reaches.
   */
  static final class DwcpCodec extends Codec<Dwcp> {
    private static final HistoryEntries<DwcpStage, DwcpEvent> ENTRIES =
        new HistoryEntries<>(DwcpStage.class, "a DWCP stage", DwcpEvent.class, "a DWCP event");

    private static final Fields<DwcpParts> FIELDS =
        Fields.<DwcpParts>of("a DWCP object")
            .required("country", "an ISO 3166 country code", (in, p) -> p.b.country(in.string()))
            .required("region", "an ILO region", (in, p) -> p.b.region(in.constant(IloRegion.class)))
            .required("period", "a planning period", (in, p) -> p.b.period(in.read(PlanningPeriod.class)))
            .optional("priorities", "an array of strings", (in, p) -> in.strings(p.b::addPriority, false))
            .required(
                "framework",
                "a results framework object",
                (in, p) -> p.b.framework(in.read(ResultsFramework.class)))
            .optional("partners", "an array of partners", (in, p) -> in.list(Partner.class, p.b::addPartner))
            .optional(
                "unFrameworks",
                "an array of UN framework links",
                (in, p) -> in.list(UnFrameworkLink.class, p.b::addUnFramework))
            .optional(
                "resources",
                "an array of result resources",
                (in, p) -> in.list(ResultResource.class, p.b::addResource))
            .required("stage", "a DWCP stage", (in, p) -> p.stage = in.constant(DwcpStage.class))
            .required(
                "initialStage", "a DWCP stage", (in, p) -> p.b.initialStage(in.constant(DwcpStage.class)))
            .required("recordedOn", "an ISO date", (in, p) -> p.b.recordedOn(in.date()))
            .required("recordedBy", "a string", (in, p) -> p.b.recordedBy(in.string()))
            .optional("history", "an array of transitions", (in, p) -> ENTRIES.read(in, p.entries))
            .build();

    DwcpCodec(Codecs codecs) {
      super(Dwcp.class, codecs);
    }

    @Override
    public void write(Dwcp value, JsonOut out) {
      out.startObject();
      out.field("country", value.country());
      out.field("region", value.region().name());
      out.field("period", value.period());
      if (!value.priorities().isEmpty()) {
        out.startArray("priorities");
        for (String priority : value.priorities()) {
          out.value(priority);
        }
        out.end();
      }
      out.field("framework", value.framework());
      out.list("partners", value.partners());
      out.list("unFrameworks", value.unFrameworks());
      out.list("resources", value.resources());
      out.field("stage", value.stage().name());
      out.field("initialStage", value.initialStage().name());
      out.field("recordedOn", value.recordedOn().toString());
      out.field("recordedBy", value.recordedBy());
      HistoryEntries.write(value.history(), out);
      out.end();
    }

    @Override
    public Dwcp read(JsonIn in) {
      DwcpParts p = new DwcpParts();
      in.object(FIELDS, p);
      return in.build(p::dwcp, "");
    }

    /** The builder, the entries and the stage the document states. */
    private static final class DwcpParts {
      final Dwcp.Builder b = Dwcp.builder();
      final List<HistoryEntries.Entry<DwcpStage, DwcpEvent>> entries = new ArrayList<>();
      @Nullable DwcpStage stage;

      Dwcp dwcp() {
        Dwcp d = HistoryEntries.replay(b.build(), entries, "the programme");
        HistoryEntries.checkState("stage", requireNonNull(stage), d.stage());
        return d;
      }
    }
  }

  /**
   * {@link DwcpPortfolio}: the document {@code {"format": "rbm-dwcp/1", "programmes": [...]}},
   * at most one programme per country and period. The format constant and the schema's resource
   * name are public on {@link RbmJson}.
   */
  static final class DwcpPortfolioCodec extends Codec<DwcpPortfolio> {
    private static final Fields<List<Dwcp>> FIELDS =
        Fields.<List<Dwcp>>of("a DWCP portfolio object")
            .first(
                "format",
                "the format version \"" + RbmJson.DWCP_FORMAT + "\"",
                (in, l) -> CycleCodecs.checkFormat(in, RbmJson.DWCP_FORMAT))
            .optional("programmes", "an array of DWCPs", (in, l) -> in.list(Dwcp.class, l::add))
            .build();

    DwcpPortfolioCodec(Codecs codecs) {
      super(DwcpPortfolio.class, codecs);
    }

    @Override
    public void write(DwcpPortfolio value, JsonOut out) {
      out.startObject();
      out.field("format", RbmJson.DWCP_FORMAT);
      out.list("programmes", value.programmes());
      out.end();
    }

    @Override
    public DwcpPortfolio read(JsonIn in) {
      List<Dwcp> programmes = new ArrayList<>();
      in.object(FIELDS, programmes);
      return in.build(() -> DwcpPortfolio.of(programmes), "");
    }
  }
}
