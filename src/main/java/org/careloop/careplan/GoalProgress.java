package org.careloop.careplan;

/** What the monthly call found about one goal, based on the plan version the care manager read. */
public record GoalProgress(Integer basedOnVersion, GoalStatus status, GoalAchievement achievement, String note) {
}
