package org.rbm.text.internal;

/** Escaping of text for XHTML and SVG, so that every page the SDK writes is well-formed XML. */
public final class Xml {
  private Xml() {}

  /**
   * Escapes text for an element's content or an attribute value in double or single quotes.
   * Characters XML 1.0 does not allow (controls other than tab and line breaks, lone surrogates,
   * U+FFFE and U+FFFF) become U+FFFD, so that the document stays well-formed.
   *
   * @param text any text
   * @return the text with {@code & < > " '} escaped; linear in its length
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(i + 1));
            i++;
          } else if (allowed(c)) {
            out.append(c);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean allowed(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }
}
