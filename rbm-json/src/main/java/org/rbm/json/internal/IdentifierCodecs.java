package org.rbm.json.internal;

import org.rbm.core.cycle.DocumentId;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;

/** Identifiers are JSON strings holding their code, such as {@code "OC2.1"}. */
final class IdentifierCodecs {
  private IdentifierCodecs() {}

  /** {@link ResultId}: {@code "OC2.1"}. */
  static final class ResultIdCodec extends Codec<ResultId> {
    ResultIdCodec(Codecs codecs) {
      super(ResultId.class, codecs);
    }

    @Override
    public void write(ResultId value, JsonOut out) {
      out.value(value.code());
    }

    @Override
    public ResultId read(JsonIn in) {
      String code = in.string();
      return in.convert(() -> ResultId.of(code));
    }
  }

  /** {@link IndicatorId}: {@code "IND-7"}. */
  static final class IndicatorIdCodec extends Codec<IndicatorId> {
    IndicatorIdCodec(Codecs codecs) {
      super(IndicatorId.class, codecs);
    }

    @Override
    public void write(IndicatorId value, JsonOut out) {
      out.value(value.code());
    }

    @Override
    public IndicatorId read(JsonIn in) {
      String code = in.string();
      return in.convert(() -> IndicatorId.of(code));
    }
  }

  /** {@link FrameworkId}: {@code "PB-2008-09"}. */
  static final class FrameworkIdCodec extends Codec<FrameworkId> {
    FrameworkIdCodec(Codecs codecs) {
      super(FrameworkId.class, codecs);
    }

    @Override
    public void write(FrameworkId value, JsonOut out) {
      out.value(value.code());
    }

    @Override
    public FrameworkId read(JsonIn in) {
      String code = in.string();
      return in.convert(() -> FrameworkId.of(code));
    }
  }

  /** {@link DocumentId}: {@code "SPF-2010-15"}. */
  static final class DocumentIdCodec extends Codec<DocumentId> {
    DocumentIdCodec(Codecs codecs) {
      super(DocumentId.class, codecs);
    }

    @Override
    public void write(DocumentId value, JsonOut out) {
      out.value(value.code());
    }

    @Override
    public DocumentId read(JsonIn in) {
      String code = in.string();
      return in.convert(() -> DocumentId.of(code));
    }
  }
}
