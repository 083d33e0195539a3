package org.rbm.iati.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;

/** Writes indented XML, escaping text and attribute values; one element per line. */
public final class XmlOut {
  private final Writer out;
  private int depth;
  private boolean open;

  /**
   * Writes to the given writer.
   *
   * @param out the writer
   */
  public XmlOut(Writer out) {
    this.out = out;
  }

  /**
   * Writes the XML declaration.
   */
  public void declaration() {
    raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /**
   * Opens an element with attributes given as name, value pairs; a pair whose value is null is
   * left out.
   *
   * @param name the element's name
   * @param attributes name, value, name, value...
   */
  public void start(String name, @org.jspecify.annotations.Nullable String... attributes) {
    closeStart(true);
    indent();
    raw("<" + name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      String value = attributes[i + 1];
      if (value != null) {
        raw(" " + attributes[i] + "=\"" + escape(value, true) + "\"");
      }
    }
    open = true;
    depth++;
  }

  /**
   * Returns the value of an optional attribute, or null to leave it out.
   *
   * @param value the optional value
   * @return the value or null
   */
  public static @org.jspecify.annotations.Nullable String opt(Optional<String> value) {
    return value.orElse(null);
  }

  /**
   * Writes the text of the element just opened and closes it on the same line.
   *
   * @param name the element's name
   * @param text the text
   */
  public void textAndEnd(String name, String text) {
    raw(">" + escape(text, false) + "</" + name + ">\n");
    open = false;
    depth--;
  }

  /**
   * Closes an element.
   *
   * @param name the element's name
   */
  public void end(String name) {
    depth--;
    if (open) {
      raw("/>\n");
      open = false;
    } else {
      indent();
      raw("</" + name + ">\n");
    }
  }

  private void closeStart(boolean newline) {
    if (open) {
      raw(newline ? ">\n" : ">");
      open = false;
    }
  }

  private void indent() {
    raw(" ".repeat(2 * depth));
  }

  private void raw(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Escapes text for XML; characters XML 1.0 cannot hold become U+FFFD.
   *
   * @param text the text
   * @param attribute whether it is an attribute value (quotes and line breaks escaped too)
   * @return the escaped text
   */
  static String escape(String text, boolean attribute) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        case '\n' -> b.append(attribute ? "&#10;" : "\n");
        case '\r' -> b.append("&#13;");
        case '\t' -> b.append(attribute ? "&#9;" : "\t");
        default -> {
          if (ch < 0x20 || ch == 0xFFFE || ch == 0xFFFF) {
            b.append('\uFFFD');
          } else {
            b.append(ch);
          }
        }
      }
    }
    return b.toString();
  }
}
