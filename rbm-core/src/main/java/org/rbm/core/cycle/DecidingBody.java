package org.rbm.core.cycle;

/**
 * The organ whose decision amends a Strategic Policy Framework: the SPF is a "living" document,
 * updated by decisions of the Governing Body and of the International Labour Conference
 * (GB.300/PFA/9/1, paragraph 72).
 */
public enum DecidingBody {
  /** The Governing Body (GB) of the International Labour Office. */
  GOVERNING_BODY,

  /**
   * The International Labour Conference (ILC), for example after its periodic in-depth discussion
   * of one strategic objective.
   */
  INTERNATIONAL_LABOUR_CONFERENCE
}
