/**
 * Milestones and the roadmaps that hold them: a {@link org.rbm.core.milestones.Milestone} is a
 * dated commitment (such as the ILO's "New staff performance management system introduced", due
 * 2007) whose state changes only through {@link org.rbm.core.milestones.MilestoneEvent events} that
 * its {@link org.rbm.core.workflow.Workflow workflow} allows ({@link
 * org.rbm.core.milestones.MilestoneWorkflows#standard() the standard one}, or an organisation's
 * own), each recorded in an immutable history of {@link org.rbm.core.workflow.Transition
 * transitions}: who changed what, when and why. Milestones are one use of the generic engine of
 * {@code org.rbm.core.workflow}; their history entries are computed by it, never built by callers,
 * and JSON reads a stored history back by applying its events again. A {@link
 * org.rbm.core.milestones.Roadmap} groups milestones by area and counts them by state; {@code
 * org.rbm.text.RoadmapTables} renders it in the layout of the ILO's roadmap tables.
 */
@NullMarked
@CheckReturnValue
@RbmStyle
package org.rbm.core.milestones;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.rbm.core.internal.RbmStyle;
