/**
 * Milestones and the roadmaps that hold them: a {@link org.rbm.core.milestones.Milestone} is a
 * dated commitment (such as the ILO's "New staff performance management system introduced", due
 * 2007) whose state changes only through {@link org.rbm.core.milestones.MilestoneEvent events} that
 * the {@link org.rbm.core.milestones.TransitionTable transition table} allows, each recorded in an
 * immutable history of {@link org.rbm.core.milestones.Transition transitions}: who changed what,
 * when and why. A {@link org.rbm.core.milestones.Roadmap} groups milestones by area and renders them
 * in the layout of the ILO's roadmap tables.
 */
@NullMarked
@CheckReturnValue
@RbmStyle
package org.rbm.core.milestones;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.rbm.core.internal.RbmStyle;
