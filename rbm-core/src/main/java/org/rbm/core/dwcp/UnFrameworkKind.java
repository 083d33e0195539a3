package org.rbm.core.dwcp;

/** The kind of UN country framework a DWCP is linked to. */
public enum UnFrameworkKind {
  /** A United Nations Development Assistance Framework. */
  UNDAF,
  /** A "One UN" pilot country's programme. */
  ONE_UN_PILOT
}
