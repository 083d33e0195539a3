package org.rbm.core;

import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The SDK's one rule for decimal arithmetic: every quotient the SDK computes (a fraction's value, an
 * achievement ratio) uses {@link #CONTEXT}, 34 significant digits rounded half-even (IEEE 754
 * decimal128). Values a person reads are never {@code double}. Every value of an indicator (and every
 * other amount the model holds) is below 10^{@value #MAX_INTEGER_DIGITS} in magnitude with at most
 * {@value #MAX_FRACTION_DIGITS} decimal places, kept without trailing zeros ({@code 1.50} and {@code
 * 1.5} are one value). Immutable constants only.
 */
public final class Decimals {
  /** 34 significant digits, {@link RoundingMode#HALF_EVEN}: the context of every division. */
  public static final MathContext CONTEXT = MathContext.DECIMAL128;

  /** The largest magnitude a value may have: an amount must be below 10^30 in absolute value. */
  public static final int MAX_INTEGER_DIGITS = 30;

  /** The most decimal places a value may have. */
  public static final int MAX_FRACTION_DIGITS = 20;

  private Decimals() {}
}
