package org.rbm.core.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.rbm.core.InvalidValueException;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultsFramework;

/**
 * What a validation knows besides its subject: the other results frameworks, so that a contribution
 * link from a Decent Work Country Programme to an outcome of the Programme and Budget can be
 * checked.
 *
 * <pre>{@code
 * ValidationContext context = ValidationContext.of(List.of(programmeAndBudget));
 * ValidationReport report = StandardRules.validator().validate(countryProgramme, context);
 * }</pre>
 *
 * Immutable and thread-safe if the lookup given to {@link #lookingUp} is.
 */
public final class ValidationContext {
  private static final ValidationContext EMPTY = new ValidationContext(id -> Optional.empty());

  private final Function<? super FrameworkId, Optional<ResultsFramework>> lookup;

  private ValidationContext(Function<? super FrameworkId, Optional<ResultsFramework>> lookup) {
    this.lookup = lookup;
  }

  /**
   * Returns the context that knows no other framework.
   *
   * @return the empty context
   */
  public static ValidationContext empty() {
    return EMPTY;
  }

  /**
   * Returns the context that knows the given frameworks.
   *
   * @param frameworks the frameworks, with distinct ids
   * @return the context
   * @throws InvalidValueException if two frameworks have the same id
   */
  public static ValidationContext of(Iterable<ResultsFramework> frameworks) {
    Map<FrameworkId, ResultsFramework> byId = new HashMap<>();
    int i = 0;
    for (ResultsFramework f : frameworks) {
      if (byId.putIfAbsent(f.id(), f) != null) {
        throw new InvalidValueException(
            "frameworks[" + i + "].id", f.id(), "a framework id not given before");
      }
      i++;
    }
    ImmutableMap<FrameworkId, ResultsFramework> known = ImmutableMap.copyOf(byId);
    return new ValidationContext(id -> Optional.ofNullable(known.get(id)));
  }

  /**
   * Returns the context that finds frameworks with the given lookup, such as a query to the
   * application's store. The lookup is called at most once per contribution link.
   *
   * @param lookup returns the framework with the given id, or empty if there is none
   * @return the context
   */
  public static ValidationContext lookingUp(
      Function<? super FrameworkId, Optional<ResultsFramework>> lookup) {
    return new ValidationContext(requireNonNull(lookup, "lookup"));
  }

  /**
   * Finds a framework by id.
   *
   * @param id the framework's id
   * @return the framework, or empty if the context does not know it
   */
  public Optional<ResultsFramework> framework(FrameworkId id) {
    return requireNonNull(lookup.apply(requireNonNull(id, "id")), "lookup result");
  }
}
