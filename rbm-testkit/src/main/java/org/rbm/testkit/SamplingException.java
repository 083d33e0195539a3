package org.rbm.testkit;

/**
 * Thrown by a {@link Sampler} when its generator rejects, through {@code assuming}, so many draws in
 * a row that it cannot produce a value. A generator that filters less fixes it.
 */
public final class SamplingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param rejected how many draws were rejected
   */
  public SamplingException(int rejected) {
    super("The generator rejected " + rejected + " draws in a row; make it filter less");
  }
}
