package org.rbm.json.internal;

import org.rbm.core.money.Money;

/** Amounts are JSON strings in {@link Money}'s canonical form, such as {@code "USD 1250000.5"}. */
final class MoneyCodecs {
  private MoneyCodecs() {}

  /**
   * {@link Money}: {@code "USD 1250000.5"}. A string, not an object of a number and a code, so
   * that the amount is never read through a floating-point number by a client in another language.
   */
  static final class MoneyCodec extends Codec<Money> {
    MoneyCodec(Codecs codecs) {
      super(Money.class, codecs);
    }

    @Override
    public void write(Money value, JsonOut out) {
      out.value(value.toString());
    }

    @Override
    public Money read(JsonIn in) {
      String text = in.string();
      return in.convert(() -> Money.parse(text));
    }
  }
}
