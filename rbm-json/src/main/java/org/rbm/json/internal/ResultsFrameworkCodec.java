package org.rbm.json.internal;

import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultsFramework;
import org.rbm.json.RbmJson;

/**
 * {@link ResultsFramework}: the results-framework document. Its first property states the format
 * version, {@code "format": "rbm-framework/1"}; a document of another version is rejected before
 * anything else is read, since its other properties may mean something else.
 */
final class ResultsFrameworkCodec extends Codec<ResultsFramework> {
  private static final String FORMAT = RbmJson.FORMAT;

  private static final Fields<ResultsFramework.Builder> FIELDS =
      Fields.<ResultsFramework.Builder>of("a results framework object")
          .first("format", "the format version \"" + FORMAT + "\"", (in, b) -> checkFormat(in))
          .required("id", "a framework id", (in, b) -> b.id(in.read(FrameworkId.class)))
          .required("title", "a string", (in, b) -> b.title(in.string()))
          .required("owner", "a string", (in, b) -> b.owner(in.string()))
          .required(
              "planningPeriod",
              "a planning period",
              (in, b) -> b.planningPeriod(in.read(PlanningPeriod.class)))
          .required(
              "levelScheme",
              "a level scheme object",
              (in, b) -> b.levelScheme(in.read(LevelScheme.class)))
          .optional("results", "an array of results", (in, b) -> in.list(Result.class, b::addResult))
          .optional(
              "contributions",
              "an array of contribution links",
              (in, b) -> in.list(ContributionLink.class, b::addContribution))
          .build();

  ResultsFrameworkCodec(Codecs codecs) {
    super(ResultsFramework.class, codecs);
  }

  private static void checkFormat(JsonIn in) {
    String format = in.string();
    if (!format.equals(FORMAT)) {
      throw in.error(
          "the format " + JsonIn.quote(format),
          "\"" + FORMAT + "\" (this version of the SDK reads format 1 only)");
    }
  }

  @Override
  public void write(ResultsFramework value, JsonOut out) {
    out.startObject();
    out.field("format", FORMAT);
    out.field("id", value.id());
    out.field("title", value.title());
    out.field("owner", value.owner());
    out.field("planningPeriod", value.planningPeriod());
    out.field("levelScheme", value.levelScheme());
    out.list("results", value.results());
    out.list("contributions", value.contributions());
    out.end();
  }

  @Override
  public ResultsFramework read(JsonIn in) {
    ResultsFramework.Builder b = ResultsFramework.builder();
    in.object(FIELDS, b);
    return in.build(b::build, "");
  }
}
