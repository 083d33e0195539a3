package org.rbm.core.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rbm.core.InvalidValueException;

/**
 * An ordered set of rules about subjects of type {@code S}, with their configuration: severities
 * that override the rules' defaults, and rules switched off. Rule ids are unique within a set.
 * Every change returns a new set.
 *
 * <pre>{@code
 * RuleSet<ResultsFramework> rules = StandardRules.ruleSet()
 *     .withSeverity(StandardRules.BASELINE_VALUE_AVAILABLE, Severity.ERROR)   // strict IATI 8.8.1
 *     .disable(StandardRules.SIBLING_TITLES_DISTINCT)
 *     .with(myOwnRule);
 * }</pre>
 *
 * <p>A set is configuration only; a {@link Validator} applies it. Immutable and thread-safe if its
 * rules are.
 *
 * @param <S> the type of subject the rules check
 */
public final class RuleSet<S> {
  private final ImmutableMap<RuleId, Rule<S>> rules;
  private final ImmutableMap<RuleId, Severity> severities;
  private final ImmutableSet<RuleId> disabled;

  private RuleSet(
      ImmutableMap<RuleId, Rule<S>> rules,
      ImmutableMap<RuleId, Severity> severities,
      ImmutableSet<RuleId> disabled) {
    this.rules = rules;
    this.severities = severities;
    this.disabled = disabled;
  }

  /**
   * Returns the set of the given rules, in that order, all enabled with their default severities.
   *
   * @param rules the rules, with distinct ids
   * @param <S> the type of subject
   * @return the set
   * @throws InvalidValueException if two rules have the same id
   */
  public static <S> RuleSet<S> of(Iterable<? extends Rule<S>> rules) {
    Map<RuleId, Rule<S>> byId = new LinkedHashMap<>();
    int i = 0;
    for (Rule<S> rule : rules) {
      add(byId, rule, "rules[" + i + "].id");
      i++;
    }
    return new RuleSet<>(ImmutableMap.copyOf(byId), ImmutableMap.of(), ImmutableSet.of());
  }

  /**
   * Returns the set of the given rules, in that order, all enabled with their default severities.
   *
   * @param rules the rules, with distinct ids
   * @param <S> the type of subject
   * @return the set
   * @throws InvalidValueException if two rules have the same id
   */
  @SafeVarargs
  public static <S> RuleSet<S> of(Rule<S>... rules) {
    // Copied element by element: the array itself never escapes (no heap pollution).
    List<Rule<S>> list = new ArrayList<>(rules.length);
    for (Rule<S> rule : rules) {
      list.add(rule);
    }
    return of(list);
  }

  private static <S> void add(Map<RuleId, Rule<S>> byId, Rule<S> rule, String field) {
    RuleId id = requireNonNull(rule, "rule").id();
    if (byId.putIfAbsent(id, rule) != null) {
      throw new InvalidValueException(field, id, "a rule id not used before in the rule set");
    }
  }

  /**
   * Returns this set with one more rule, enabled, at the end.
   *
   * @param rule the rule; its id must be new to the set
   * @return the larger set
   * @throws InvalidValueException if the set already has a rule with that id
   */
  public RuleSet<S> with(Rule<S> rule) {
    Map<RuleId, Rule<S>> byId = new LinkedHashMap<>(rules);
    add(byId, rule, "rule.id");
    return new RuleSet<>(ImmutableMap.copyOf(byId), severities, disabled);
  }

  /**
   * Returns the union of this set and another: this set's rules, then the other's, each with its
   * configuration.
   *
   * @param other the other set; no rule id in common with this one
   * @return the union
   * @throws InvalidValueException if both sets have a rule with the same id
   */
  public RuleSet<S> withAll(RuleSet<S> other) {
    Map<RuleId, Rule<S>> byId = new LinkedHashMap<>(rules);
    for (Rule<S> rule : other.rules.values()) {
      add(byId, rule, "other.rules");
    }
    return new RuleSet<>(
        ImmutableMap.copyOf(byId),
        ImmutableMap.<RuleId, Severity>builder().putAll(severities).putAll(other.severities)
            .buildOrThrow(),
        ImmutableSet.<RuleId>builder().addAll(disabled).addAll(other.disabled).build());
  }

  /**
   * Returns this set with a rule replaced by another of the same id, such as a standard rule with
   * other settings; its place, severity override and on/off state are kept.
   *
   * @param rule the new rule
   * @return the set with the rule replaced
   * @throws InvalidValueException if the set has no rule with that id
   */
  public RuleSet<S> replacing(Rule<S> rule) {
    RuleId id = require(requireNonNull(rule, "rule").id());
    Map<RuleId, Rule<S>> byId = new LinkedHashMap<>(rules);
    byId.put(id, rule);
    return new RuleSet<>(ImmutableMap.copyOf(byId), severities, disabled);
  }

  /**
   * Returns this set with a rule's severity overridden.
   *
   * @param id the rule's id
   * @param severity the severity its findings get from now on
   * @return the reconfigured set
   * @throws InvalidValueException if the set has no rule with that id
   */
  public RuleSet<S> withSeverity(RuleId id, Severity severity) {
    require(id);
    requireNonNull(severity, "severity");
    Map<RuleId, Severity> changed = new LinkedHashMap<>(severities);
    changed.put(id, severity);
    return new RuleSet<>(rules, ImmutableMap.copyOf(changed), disabled);
  }

  /**
   * Returns this set with a rule switched off: it stays in the set, but does not run.
   *
   * @param id the rule's id
   * @return the reconfigured set
   * @throws InvalidValueException if the set has no rule with that id
   */
  public RuleSet<S> disable(RuleId id) {
    require(id);
    Set<RuleId> changed = new LinkedHashSet<>(disabled);
    changed.add(id);
    return new RuleSet<>(rules, severities, ImmutableSet.copyOf(changed));
  }

  /**
   * Returns this set with a rule switched on again.
   *
   * @param id the rule's id
   * @return the reconfigured set
   * @throws InvalidValueException if the set has no rule with that id
   */
  public RuleSet<S> enable(RuleId id) {
    require(id);
    Set<RuleId> changed = new LinkedHashSet<>(disabled);
    changed.remove(id);
    return new RuleSet<>(rules, severities, ImmutableSet.copyOf(changed));
  }

  @CanIgnoreReturnValue
  private RuleId require(RuleId id) {
    if (!rules.containsKey(requireNonNull(id, "id"))) {
      throw new InvalidValueException(
          "ruleId", id, "the id of a rule in the set " + rules.keySet());
    }
    return id;
  }

  /**
   * Returns every rule, enabled or not, in order.
   *
   * @return the rules
   */
  public ImmutableList<Rule<S>> rules() {
    return rules.values().asList();
  }

  /**
   * Returns the rules that run, in order.
   *
   * @return the enabled rules
   */
  public ImmutableList<Rule<S>> enabledRules() {
    return rules.values().stream()
        .filter(r -> !disabled.contains(r.id()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Finds a rule by id.
   *
   * @param id the rule's id
   * @return the rule, or empty if the set has none with that id
   */
  public Optional<Rule<S>> rule(RuleId id) {
    return Optional.ofNullable(rules.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the severity a rule's findings get: its override, or else its default.
   *
   * @param id the rule's id
   * @return the effective severity
   * @throws InvalidValueException if the set has no rule with that id
   */
  public Severity severityOf(RuleId id) {
    Severity override = severities.get(require(id));
    return override != null ? override : requireNonNull(rules.get(id)).info().defaultSeverity();
  }

  /**
   * Tells whether a rule runs.
   *
   * @param id the rule's id
   * @return whether it is enabled
   * @throws InvalidValueException if the set has no rule with that id
   */
  public boolean isEnabled(RuleId id) {
    return !disabled.contains(require(id));
  }

  /** Returns the ids of the rules, the disabled ones marked, such as {@code [RBM-RES-001, (off) ACME-1]}. */
  @Override
  public String toString() {
    return rules.keySet().stream()
        .map(id -> (disabled.contains(id) ? "(off) " : "") + id)
        .collect(ImmutableList.toImmutableList())
        .toString();
  }
}
