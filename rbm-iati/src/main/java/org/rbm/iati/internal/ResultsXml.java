package org.rbm.iati.internal;

import static org.rbm.iati.internal.XmlOut.opt;

import java.util.List;
import java.util.Optional;
import org.rbm.iati.DocumentLink;
import org.rbm.iati.IatiBaseline;
import org.rbm.iati.IatiDimension;
import org.rbm.iati.IatiIndicator;
import org.rbm.iati.IatiLocation;
import org.rbm.iati.IatiPeriod;
import org.rbm.iati.IatiReference;
import org.rbm.iati.IatiResult;
import org.rbm.iati.IatiText;
import org.rbm.iati.IatiValue;
import org.rbm.iati.Narrative;

/** Writes {@code result} elements in the order of the IATI 2.03 schema. Linear in their size. */
public final class ResultsXml {
  private final XmlOut x;

  /**
   * Writes to the given output.
   *
   * @param x the output
   */
  public ResultsXml(XmlOut x) {
    this.x = x;
  }

  /**
   * Writes a text element (title, description, comment) with its narratives.
   *
   * @param name the element's name
   * @param text the text
   */
  public void text(String name, IatiText text) {
    x.start(name);
    for (Narrative n : text.narratives()) {
      x.start("narrative", "xml:lang", opt(n.language()));
      x.textAndEnd("narrative", n.text());
    }
    x.end(name);
  }

  private void text(String name, Optional<IatiText> text) {
    text.ifPresent(t -> text(name, t));
  }

  /**
   * Writes a result.
   *
   * @param r the result
   */
  public void result(IatiResult r) {
    x.start("result", "type", opt(r.type()), "aggregation-status", opt(r.aggregationStatus()));
    text("title", r.title());
    text("description", r.description());
    links(r.documentLinks());
    references(r.references());
    for (IatiIndicator i : r.indicators()) {
      indicator(i);
    }
    x.end("result");
  }

  private void references(List<IatiReference> references) {
    for (IatiReference ref : references) {
      x.start("reference", "vocabulary", ref.vocabulary(), "code", ref.code(),
          "vocabulary-uri", opt(ref.vocabularyUri()), "indicator-uri", opt(ref.indicatorUri()));
      x.end("reference");
    }
  }

  private void links(List<DocumentLink> links) {
    for (DocumentLink l : links) {
      x.start("document-link", "format", l.format(), "url", l.url());
      text("title", l.title());
      text("description", l.description());
      for (String c : l.categories()) {
        x.start("category", "code", c);
        x.end("category");
      }
      for (String c : l.languages()) {
        x.start("language", "code", c);
        x.end("language");
      }
      if (l.documentDate().isPresent()) {
        x.start("document-date", "iso-date", l.documentDate().get());
        x.end("document-date");
      }
      x.end("document-link");
    }
  }

  private void indicator(IatiIndicator i) {
    x.start("indicator", "measure", opt(i.measure()), "ascending", opt(i.ascending()),
        "aggregation-status", opt(i.aggregationStatus()));
    text("title", i.title());
    text("description", i.description());
    links(i.documentLinks());
    references(i.references());
    for (IatiBaseline b : i.baselines()) {
      x.start("baseline", "year", opt(b.year()), "iso-date", opt(b.isoDate()),
          "value", opt(b.value()));
      locations(b.locations());
      dimensions(b.dimensions());
      links(b.documentLinks());
      text("comment", b.comment());
      x.end("baseline");
    }
    for (IatiPeriod p : i.periods()) {
      x.start("period");
      x.start("period-start", "iso-date", opt(p.start()));
      x.end("period-start");
      x.start("period-end", "iso-date", opt(p.end()));
      x.end("period-end");
      values("target", p.targets());
      values("actual", p.actuals());
      x.end("period");
    }
    x.end("indicator");
  }

  private void values(String name, List<IatiValue> values) {
    for (IatiValue v : values) {
      x.start(name, "value", opt(v.value()));
      locations(v.locations());
      dimensions(v.dimensions());
      text("comment", v.comment());
      links(v.documentLinks());
      x.end(name);
    }
  }

  private void locations(List<IatiLocation> locations) {
    for (IatiLocation l : locations) {
      x.start("location", "ref", opt(l.ref()));
      x.end("location");
    }
  }

  private void dimensions(List<IatiDimension> dimensions) {
    for (IatiDimension d : dimensions) {
      x.start("dimension", "name", opt(d.name()), "value", opt(d.value()));
      x.end("dimension");
    }
  }
}
