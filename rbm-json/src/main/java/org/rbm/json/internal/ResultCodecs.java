package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.ExternalReference;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;

/** The parts of a results framework: its level scheme, its results, their references and links. */
final class ResultCodecs {
  private ResultCodecs() {}

  /**
   * {@link LevelScheme}: {@code {"name": "ILO", "levels": ["strategic objective", ...]}}, with
   * {@code "optionalLevels": ["activity"]} when some levels are optional (left out when none are, so
   * documents written before optional levels read as before).
   */
  static final class LevelSchemeCodec extends Codec<LevelScheme> {
    private static final Fields<SchemeParts> FIELDS =
        Fields.<SchemeParts>of("a level scheme object")
            .required("name", "a string", (in, p) -> p.name = in.string())
            .required("levels", "an array of strings", (in, p) -> in.strings(p.levels::add, false))
            .optional(
                "optionalLevels",
                "an array of strings",
                (in, p) -> in.strings(p.optionalLevels::add, false))
            .build();

    LevelSchemeCodec(Codecs codecs) {
      super(LevelScheme.class, codecs);
    }

    @Override
    public void write(LevelScheme value, JsonOut out) {
      out.startObject();
      out.field("name", value.name());
      out.list("levels", value.levels());
      out.list("optionalLevels", value.optionalLevels());
      out.end();
    }

    @Override
    public LevelScheme read(JsonIn in) {
      SchemeParts parts = new SchemeParts();
      in.object(FIELDS, parts);
      // The model names its fields "levelScheme.name", "levelScheme.levels[1]".
      return in.build(
          () ->
              LevelScheme.of(requireNonNull(parts.name), parts.levels.build())
                  .withOptional(parts.optionalLevels.build().toArray(String[]::new)),
          "levelScheme.");
    }

    /** The name and levels, as read. */
    private static final class SchemeParts {
      @Nullable String name;
      final ImmutableList.Builder<String> levels = ImmutableList.builder();
      final ImmutableList.Builder<String> optionalLevels = ImmutableList.builder();
    }
  }

  /**
   * {@link ExternalReference}: {@code {"vocabulary": "SDG", "code": "8.5"}}, with {@code
   * "vocabularyUri"} and {@code "indicatorUri"} when given.
   */
  static final class ExternalReferenceCodec extends Codec<ExternalReference> {
    private static final Fields<ReferenceParts> FIELDS =
        Fields.<ReferenceParts>of("an external reference object")
            .required("vocabulary", "a string", (in, p) -> p.vocabulary = in.string())
            .required("code", "a string", (in, p) -> p.code = in.string())
            .optional("vocabularyUri", "a string", (in, p) -> p.vocabularyUri = in.string())
            .optional("indicatorUri", "a string", (in, p) -> p.indicatorUri = in.string())
            .build();

    ExternalReferenceCodec(Codecs codecs) {
      super(ExternalReference.class, codecs);
    }

    @Override
    public void write(ExternalReference value, JsonOut out) {
      out.startObject();
      out.field("vocabulary", value.vocabulary());
      out.field("code", value.code());
      out.optional("vocabularyUri", value.vocabularyUri());
      out.optional("indicatorUri", value.indicatorUri());
      out.end();
    }

    @Override
    public ExternalReference read(JsonIn in) {
      ReferenceParts parts = new ReferenceParts();
      in.object(FIELDS, parts);
      return in.build(
          () -> {
            ExternalReference ref =
                ExternalReference.of(requireNonNull(parts.vocabulary), requireNonNull(parts.code));
            String vocabularyUri = parts.vocabularyUri;
            if (vocabularyUri != null) {
              ref = ref.withVocabularyUri(vocabularyUri);
            }
            String indicatorUri = parts.indicatorUri;
            return indicatorUri == null ? ref : ref.withIndicatorUri(indicatorUri);
          },
          "");
    }

    /** The vocabulary and code, as read. */
    private static final class ReferenceParts {
      @Nullable String vocabulary;
      @Nullable String code;
      @Nullable String vocabularyUri;
      @Nullable String indicatorUri;
    }
  }

  /**
   * {@link ContributionLink}: {@code {"source": "OC1", "targetFramework": "PB-2008-09",
   * "targetResult": "IO1.1", "note": "..."}}.
   */
  static final class ContributionLinkCodec extends Codec<ContributionLink> {
    private static final Fields<ContributionLink.Builder> FIELDS =
        Fields.<ContributionLink.Builder>of("a contribution link object")
            .required("source", "a result id", (in, b) -> b.source(in.read(ResultId.class)))
            .required(
                "targetFramework",
                "a framework id",
                (in, b) -> b.targetFramework(in.read(FrameworkId.class)))
            .required(
                "targetResult", "a result id", (in, b) -> b.targetResult(in.read(ResultId.class)))
            .optional("note", "a string", (in, b) -> b.note(in.string()))
            .build();

    ContributionLinkCodec(Codecs codecs) {
      super(ContributionLink.class, codecs);
    }

    @Override
    public void write(ContributionLink value, JsonOut out) {
      out.startObject();
      out.field("source", value.source());
      out.field("targetFramework", value.targetFramework());
      out.field("targetResult", value.targetResult());
      out.optional("note", value.note());
      out.end();
    }

    @Override
    public ContributionLink read(JsonIn in) {
      ContributionLink.Builder b = ContributionLink.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /** {@link Result}: an object with the result's id, level and title (required), and the rest. */
  static final class ResultCodec extends Codec<Result> {
    private static final Fields<Result.Builder> FIELDS =
        Fields.<Result.Builder>of("a result object")
            .required("id", "a result id", (in, b) -> b.id(in.read(ResultId.class)))
            .required("level", "a string", (in, b) -> b.level(in.string()))
            .required("title", "a string", (in, b) -> b.title(in.string()))
            .optional("description", "a string", (in, b) -> b.description(in.string()))
            .optional("parent", "a result id", (in, b) -> b.parent(in.read(ResultId.class)))
            .optional(
                "assumptions", "an array of strings", (in, b) -> in.strings(b::addAssumption, false))
            .optional(
                "externalReferences",
                "an array of external references",
                (in, b) -> in.list(ExternalReference.class, b::addExternalReference))
            .optional(
                "indicators",
                "an array of indicators",
                (in, b) -> in.list(Indicator.class, b::addIndicator))
            .optional(
                "suitableForAggregation",
                "true or false",
                (in, b) -> b.suitableForAggregation(in.bool()))
            .build();

    ResultCodec(Codecs codecs) {
      super(Result.class, codecs);
    }

    @Override
    public void write(Result value, JsonOut out) {
      out.startObject();
      out.field("id", value.id());
      out.field("level", value.level());
      out.field("title", value.title());
      out.optional("description", value.description());
      out.optional("parent", value.parent());
      out.list("assumptions", value.assumptions());
      out.list("externalReferences", value.externalReferences());
      out.list("indicators", value.indicators());
      value.suitableForAggregation().ifPresent(v -> out.bool("suitableForAggregation", v));
      out.end();
    }

    @Override
    public Result read(JsonIn in) {
      Result.Builder b = Result.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }
}
