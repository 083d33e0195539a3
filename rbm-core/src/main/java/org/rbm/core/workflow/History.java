package org.rbm.core.workflow;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Optional;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The history of a subject governed by a {@link Workflow}: the state it was recorded in, on which
 * day, and the {@link Transition transitions} since, oldest first. It is an unmodifiable {@link
 * java.util.List} of its entries, equal to any list with the same entries.
 *
 * <p>Computed: made by {@link Workflow#start} and grown by {@link Workflow#apply}, never by
 * callers. Appending is persistent: the longer history shares the shorter one, so applying an
 * event costs constant time and memory, and applying {@code n} events one by one costs time linear
 * in {@code n}. The entries are laid out in an array the first time one is read by index, in time
 * linear in the length. Immutable and thread-safe.
 *
 * @param <S> the states
 * @param <E> the events
 */
public final class History<S extends Enum<S>, E> extends AbstractList<Transition<S, E>>
    implements RandomAccess {
  private final S initialState;
  private final LocalDate recordedOn;
  private final @Nullable History<S, E> before;
  private final @Nullable Transition<S, E> last;
  private final int size;
  // Laid out on first use; two threads racing only lay it out twice.
  private volatile Object @Nullable [] entries;

  private History(
      S initialState,
      LocalDate recordedOn,
      @Nullable History<S, E> before,
      @Nullable Transition<S, E> last,
      int size) {
    this.initialState = initialState;
    this.recordedOn = recordedOn;
    this.before = before;
    this.last = last;
    this.size = size;
  }

  static <S extends Enum<S>, E> History<S, E> start(S initialState, LocalDate recordedOn) {
    return new History<>(initialState, recordedOn, null, null, 0);
  }

  History<S, E> append(Transition<S, E> t) {
    return new History<>(initialState, recordedOn, this, t, size + 1);
  }

  /**
   * Returns the state the subject was recorded in, before any entry.
   *
   * @return the initial state
   */
  public S initialState() {
    return initialState;
  }

  /**
   * Returns the day the subject was recorded; no entry is earlier.
   *
   * @return the day it was recorded
   */
  public LocalDate recordedOn() {
    return recordedOn;
  }

  /**
   * Returns the current state: the target of the last entry, or the initial state. Constant time.
   *
   * @return the state
   */
  public S state() {
    return last == null ? initialState : last.to();
  }

  /**
   * Returns the day of the last change: the date of the last entry, or the day the subject was
   * recorded. Constant time.
   *
   * @return the day of the last change
   */
  public LocalDate lastChanged() {
    return last == null ? recordedOn : last.date();
  }

  /**
   * Returns the last entry. Constant time.
   *
   * @return the last entry; empty for a history without entries
   */
  public Optional<Transition<S, E>> lastEntry() {
    return Optional.ofNullable(last);
  }

  /**
   * Returns the state at the end of a day. Linear in the length.
   *
   * @param day the day
   * @return the state then; empty if the subject was recorded later
   */
  public Optional<S> stateOn(LocalDate day) {
    requireNonNull(day, "day");
    if (day.isBefore(recordedOn)) {
      return Optional.empty();
    }
    S state = initialState;
    for (Transition<S, E> t : this) {
      if (t.date().isAfter(day)) {
        break;
      }
      state = t.to();
    }
    return Optional.of(state);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  @SuppressWarnings("unchecked") // the array holds only this history's entries
  public Transition<S, E> get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index: got " + index + ", expected 0 to " + (size - 1));
    }
    return (Transition<S, E>) requireNonNull(laidOut()[index]);
  }

  private Object[] laidOut() {
    Object[] a = entries;
    if (a == null) {
      a = new Object[size];
      History<S, E> h = this;
      for (int i = size - 1; i >= 0; i--) {
        a[i] = requireNonNull(h.last);
        h = requireNonNull(h.before);
      }
      entries = a;
    }
    return a;
  }
}
