package org.rbm.store;

/**
 * A row does not read back into a valid value: its JSON is malformed or breaks the model, or a
 * stream's events make an illegal history; typically a row edited outside the SDK. The message
 * names the row's key and position ({@code documents[framework/"P&B-2008"].versions[3]}, {@code
 * streams[milestone/"M-1"].events[2]}) and what was found; the cause, if any, tells more.
 */
public final class StoreIntegrityException extends StoreException {
  private static final long serialVersionUID = 1L;

  private final String location;

  StoreIntegrityException(String location, String found, String expected, Throwable cause) {
    super(location + ": got " + found + ", expected " + expected, cause);
    this.location = location;
  }

  StoreIntegrityException(String location, String found, String expected) {
    super(location + ": got " + found + ", expected " + expected);
    this.location = location;
  }

  /**
   * Returns where the bad row is: its key and position.
   *
   * @return the location
   */
  public String location() {
    return location;
  }
}
