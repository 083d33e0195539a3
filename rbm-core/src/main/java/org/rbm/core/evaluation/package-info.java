/**
 * The follow-up of evaluations (GB.300/PFA/9/1, paragraph 32, milestone 17: "a policy for
 * follow-up to all types of independent evaluation consistently applied, and a database for
 * tracking management follow-up"): an {@link org.rbm.core.evaluation.Evaluation} with its
 * recommendations and their management responses, {@link org.rbm.core.evaluation.FollowUpAction
 * follow-up actions} whose life cycle is a {@link org.rbm.core.workflow.Workflow}, {@link
 * org.rbm.core.evaluation.Lesson lessons learned} that plans cite, the tracking queries of the
 * follow-up database ({@link org.rbm.core.evaluation.FollowUpTracking}) and the follow-up rules
 * ({@link org.rbm.core.evaluation.EvaluationRules}). The model only: the tracking tables are in
 * {@code org.rbm.text.EvaluationTracking}.
 */
@NullMarked
@CheckReturnValue
@RbmStyle
package org.rbm.core.evaluation;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.rbm.core.internal.RbmStyle;
