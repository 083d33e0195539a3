package org.rbm.core.dwcp;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.workflow.Governed;
import org.rbm.core.workflow.History;
import org.rbm.core.workflow.Transition;
import org.rbm.core.workflow.Workflow;

/**
 * A Decent Work Country Programme: a country's tripartite priorities, built on results (its own
 * {@link ResultsFramework} of country programme outcomes and outputs, whose {@link
 * ContributionLink contribution links} point to the global immediate outcomes of the Programme and
 * Budget), linked to the UN country framework, with the resources of each result by funding
 * source and office level, and its document's {@link DwcpStage stage}, which changes only through
 * {@link DwcpEvent events} its {@link Workflow workflow} allows, each recorded in its history.
 *
 * <pre>{@code
 * Dwcp kenya = Dwcp.builder()
 *     .country("KE").region(IloRegion.AFRICA).period(PlanningPeriod.of(2007, 2011))
 *     .addPriority("Youth employment")
 *     .framework(kenyaFramework)
 *     .addPartner(new Partner("Ministry of Labour", PartnerRole.GOVERNMENT))
 *     .recordedOn(LocalDate.of(2007, 1, 15)).recordedBy("ILO Nairobi")
 *     .build();                                         // a concept document
 * Dwcp draft = kenya.apply(DwcpEvent.submitDraft(), LocalDate.of(2007, 3, 1), "ILO Nairobi");
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code apply} returns a new DWCP with one more history entry.
 * Equal when every attribute, the workflow (by identity) and the history are equal.
 */
public final class Dwcp implements Governed<DwcpStage, DwcpEvent, Dwcp> {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final String country;
  private final IloRegion region;
  private final PlanningPeriod period;
  private final ImmutableList<String> priorities;
  private final ResultsFramework framework;
  private final ImmutableList<Partner> partners;
  private final ImmutableList<UnFrameworkLink> unFrameworks;
  private final ImmutableList<ResultResource> resources;
  private final String recordedBy;
  private final Workflow<DwcpStage, DwcpEvent, Dwcp> workflow;
  private final History<DwcpStage, DwcpEvent> history;

  private Dwcp(Dwcp recorded, History<DwcpStage, DwcpEvent> history) {
    this.country = recorded.country;
    this.region = recorded.region;
    this.period = recorded.period;
    this.priorities = recorded.priorities;
    this.framework = recorded.framework;
    this.partners = recorded.partners;
    this.unFrameworks = recorded.unFrameworks;
    this.resources = recorded.resources;
    this.recordedBy = recorded.recordedBy;
    this.workflow = recorded.workflow;
    this.history = history;
  }

  private Dwcp(Builder b, String country, IloRegion region, PlanningPeriod period,
      ResultsFramework framework, String recordedBy, History<DwcpStage, DwcpEvent> history) {
    this.country = country;
    this.region = region;
    this.period = period;
    this.priorities = ImmutableList.copyOf(b.priorities);
    this.framework = framework;
    this.partners = ImmutableList.copyOf(b.partners);
    this.unFrameworks = ImmutableList.copyOf(b.unFrameworks);
    this.resources = ImmutableList.copyOf(b.resources);
    this.recordedBy = recordedBy;
    this.workflow = b.workflow;
    this.history = history;
  }

  /**
   * Returns the country, as an ISO 3166 alpha-2 code such as {@code KE}.
   *
   * @return the code
   */
  public String country() {
    return country;
  }

  /**
   * Returns the ILO region the country belongs to.
   *
   * @return the region
   */
  public IloRegion region() {
    return region;
  }

  /**
   * Returns the period the programme covers.
   *
   * @return the period, the same as its framework's
   */
  public PlanningPeriod period() {
    return period;
  }

  /**
   * Returns the tripartite priorities, in the order given.
   *
   * @return the priorities
   */
  public ImmutableList<String> priorities() {
    return priorities;
  }

  /**
   * Returns the programme's results framework: country programme outcomes (its highest level)
   * and outputs, with contribution links to the global immediate outcomes.
   *
   * @return the framework
   */
  public ResultsFramework framework() {
    return framework;
  }

  /**
   * Returns the country programme outcomes: the results on the highest level of the framework's
   * scheme.
   *
   * @return the outcomes, in the framework's order
   */
  public ImmutableList<Result> outcomes() {
    return framework.resultsAtLevel(framework.levelScheme().highest());
  }

  /**
   * Returns the partners the programme names.
   *
   * @return the partners, in the order given
   */
  public ImmutableList<Partner> partners() {
    return partners;
  }

  /**
   * Returns the links to UN country frameworks.
   *
   * @return the links, in the order given
   */
  public ImmutableList<UnFrameworkLink> unFrameworks() {
    return unFrameworks;
  }

  /**
   * Returns the resources of the programme's results, by funding source and office level.
   *
   * @return the resources, in the order given
   */
  public ImmutableList<ResultResource> resources() {
    return resources;
  }

  /**
   * Returns who recorded the programme.
   *
   * @return the actor, not blank
   */
  public String recordedBy() {
    return recordedBy;
  }

  /**
   * Returns the day the programme was recorded, in its {@link #initialStage() initial stage}.
   *
   * @return the day
   */
  public LocalDate recordedOn() {
    return history.recordedOn();
  }

  /**
   * Returns the stage the programme was recorded in.
   *
   * @return the stage
   */
  public DwcpStage initialStage() {
    return history.initialState();
  }

  /**
   * Returns the document's stage now, after every history entry.
   *
   * @return the stage
   */
  public DwcpStage stage() {
    return history.state();
  }

  @Override
  public Workflow<DwcpStage, DwcpEvent, Dwcp> workflow() {
    return workflow;
  }

  @Override
  public History<DwcpStage, DwcpEvent> history() {
    return history;
  }

  /**
   * Returns the regional quality-assurance reviews the history records, oldest first. Linear in
   * the history.
   *
   * @return the reviews
   */
  public ImmutableList<QaReview> qaReviews() {
    ImmutableList.Builder<QaReview> reviews = ImmutableList.builder();
    for (Transition<DwcpStage, DwcpEvent> t : history) {
      if (t.event() instanceof DwcpEvent.ReviewQuality r) {
        reviews.add(new QaReview(t.date(), t.actor(), r.outcome()));
      }
    }
    return reviews.build();
  }

  /**
   * Returns the latest quality-assurance review, if any.
   *
   * @return the review; empty if none is recorded
   */
  public Optional<QaReview> latestQaReview() {
    for (int i = history.size() - 1; i >= 0; i--) {
      Transition<DwcpStage, DwcpEvent> t = history.get(i);
      if (t.event() instanceof DwcpEvent.ReviewQuality r) {
        return Optional.of(new QaReview(t.date(), t.actor(), r.outcome()));
      }
    }
    return Optional.empty();
  }

  /**
   * Applies an event through the workflow: the result has one more history entry, or is this
   * programme if the workflow ignores the event in the current stage.
   *
   * @param event the event
   * @param date the day it happened, not before the last change
   * @param actor who did it, not blank
   * @param note a note, not blank if present
   * @return the programme after the event
   * @throws IllegalTransitionException if the workflow does not permit the event now, or its
   *     guard refuses it (a final document without a passed QA review)
   * @throws InvalidValueException if the date is before the last change, or a text is blank
   */
  @Override
  public Dwcp apply(DwcpEvent event, LocalDate date, String actor, Optional<String> note) {
    History<DwcpStage, DwcpEvent> next = workflow.apply(history, this, event, date, actor, note);
    return next.size() == history.size() ? this : new Dwcp(this, next);
  }

  /**
   * Returns the programme as it was recorded, before any history entry.
   *
   * @return the programme with an empty history
   */
  public Dwcp asRecorded() {
    return history.isEmpty()
        ? this
        : new Dwcp(this, workflow.start(initialStage(), recordedOn()));
  }

  /**
   * Returns the programme as it stood at the end of a day: the entries up to that day replayed.
   * Linear in the history.
   *
   * @param day the day
   * @return the programme; empty if it was recorded after that day
   */
  public Optional<Dwcp> asOf(LocalDate day) {
    requireNonNull(day, "day");
    if (day.isBefore(recordedOn())) {
      return Optional.empty();
    }
    if (!history.lastChanged().isAfter(day)) {
      return Optional.of(this);
    }
    Dwcp d = asRecorded();
    for (Transition<DwcpStage, DwcpEvent> t : history) {
      if (t.date().isAfter(day)) {
        break;
      }
      d = d.apply(t.event(), t.date(), t.actor(), t.note());
    }
    return Optional.of(d);
  }

  /**
   * Returns the document's stage at the end of a day. Linear in the history.
   *
   * @param day the day
   * @return the stage; empty if the programme was recorded after that day
   */
  public Optional<DwcpStage> stageOn(LocalDate day) {
    return history.stateOn(day);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Dwcp that
        && country.equals(that.country)
        && region == that.region
        && period.equals(that.period)
        && priorities.equals(that.priorities)
        && framework.equals(that.framework)
        && partners.equals(that.partners)
        && unFrameworks.equals(that.unFrameworks)
        && resources.equals(that.resources)
        && recordedBy.equals(that.recordedBy)
        && workflow == that.workflow
        && initialStage() == that.initialStage()
        && recordedOn().equals(that.recordedOn())
        && history.equals(that.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(country, region, period, priorities, framework, partners, unFrameworks,
        resources, recordedBy, initialStage(), recordedOn(), history);
  }

  /** Returns {@code Dwcp{KE 2007-11, africa, draft, 2 changes}}. */
  @Override
  public String toString() {
    return "Dwcp{" + country + " " + period + ", " + region + ", "
        + stage().name().toLowerCase(Locale.ROOT)
        + (history.isEmpty() ? "" : ", " + history.size() + " changes") + "}";
  }

  /**
   * Returns an empty builder; the initial stage is {@link DwcpStage#CONCEPT} and the workflow
   * {@link DwcpWorkflows#standard()} unless set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dwcp} as recorded, with an empty history. Not thread-safe. */
  public static final class Builder {
    private @Nullable String country;
    private @Nullable IloRegion region;
    private @Nullable PlanningPeriod period;
    private final List<String> priorities = new ArrayList<>();
    private @Nullable ResultsFramework framework;
    private final List<Partner> partners = new ArrayList<>();
    private final List<UnFrameworkLink> unFrameworks = new ArrayList<>();
    private final List<ResultResource> resources = new ArrayList<>();
    private DwcpStage initialStage = DwcpStage.CONCEPT;
    private @Nullable LocalDate recordedOn;
    private @Nullable String recordedBy;
    private Workflow<DwcpStage, DwcpEvent, Dwcp> workflow = DwcpWorkflows.standard();

    Builder() {}

    /**
     * Sets the country.
     *
     * @param code an ISO 3166 alpha-2 code, such as {@code KE}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder country(String code) {
      this.country = requireNonNull(code, "code");
      return this;
    }

    /**
     * Sets the region.
     *
     * @param region the region
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder region(IloRegion region) {
      this.region = requireNonNull(region, "region");
      return this;
    }

    /**
     * Sets the period.
     *
     * @param period the period, the framework's
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder period(PlanningPeriod period) {
      this.period = requireNonNull(period, "period");
      return this;
    }

    /**
     * Adds a tripartite priority.
     *
     * @param priority the priority, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addPriority(String priority) {
      priorities.add(requireNonNull(priority, "priority"));
      return this;
    }

    /**
     * Sets the results framework.
     *
     * @param framework the framework
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder framework(ResultsFramework framework) {
      this.framework = requireNonNull(framework, "framework");
      return this;
    }

    /**
     * Adds a partner.
     *
     * @param partner the partner
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addPartner(Partner partner) {
      partners.add(requireNonNull(partner, "partner"));
      return this;
    }

    /**
     * Adds a link to a UN country framework.
     *
     * @param link the link
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addUnFramework(UnFrameworkLink link) {
      unFrameworks.add(requireNonNull(link, "link"));
      return this;
    }

    /**
     * Adds the resources of a result.
     *
     * @param resource the resource, of a result of the framework
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addResource(ResultResource resource) {
      resources.add(requireNonNull(resource, "resource"));
      return this;
    }

    /**
     * Sets the stage the programme is recorded in ({@link DwcpStage#CONCEPT} unless set).
     *
     * @param stage one of the workflow's initial states
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder initialStage(DwcpStage stage) {
      this.initialStage = requireNonNull(stage, "stage");
      return this;
    }

    /**
     * Sets the day the programme is recorded.
     *
     * @param day the day
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder recordedOn(LocalDate day) {
      this.recordedOn = requireNonNull(day, "day");
      return this;
    }

    /**
     * Sets who recorded the programme.
     *
     * @param actor the actor, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder recordedBy(String actor) {
      this.recordedBy = requireNonNull(actor, "actor");
      return this;
    }

    /**
     * Sets the workflow ({@link DwcpWorkflows#standard()} unless set).
     *
     * @param workflow the workflow
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder workflow(Workflow<DwcpStage, DwcpEvent, Dwcp> workflow) {
      this.workflow = requireNonNull(workflow, "workflow");
      return this;
    }

    /**
     * Builds the programme as recorded.
     *
     * @return the programme, with an empty history
     * @throws InvalidValueException if an attribute is missing, the country is not an ISO 3166
     *     alpha-2 code, the period is not the framework's, a priority or the recorder is blank, a
     *     resource names a result the framework lacks, or the initial stage is not one the
     *     workflow may record
     */
    public Dwcp build() {
      String c = required("country", country);
      if (!COUNTRIES.contains(c)) {
        throw new InvalidValueException("country", c, "an ISO 3166 alpha-2 country code, such as KE");
      }
      IloRegion r = required("region", region);
      PlanningPeriod p = required("period", period);
      ResultsFramework f = required("framework", framework);
      if (!f.planningPeriod().equals(p)) {
        throw new InvalidValueException(
            "framework.planningPeriod", f.planningPeriod(), "the programme's period " + p);
      }
      for (int i = 0; i < priorities.size(); i++) {
        Texts.notBlank("priorities[" + i + "]", priorities.get(i));
      }
      for (int i = 0; i < resources.size(); i++) {
        if (f.result(resources.get(i).result()).isEmpty()) {
          throw new InvalidValueException("resources[" + i + "].result",
              resources.get(i).result(), "the id of a result of the framework " + f.id());
        }
      }
      LocalDate on = required("recordedOn", recordedOn);
      String by = Texts.notBlank("recordedBy", required("recordedBy", recordedBy));
      return new Dwcp(this, c, r, p, f, by, workflow.start(initialStage, on));
    }

    private static <T> T required(String field, @Nullable T value) {
      if (value == null) {
        throw new InvalidValueException(field, null, "a value (it is required)");
      }
      return value;
    }
  }
}
