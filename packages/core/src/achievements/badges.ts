/** Every badge there is, in display order. Codes are stored in UserAchievement; texts live in the UI catalogs. */
export const BADGES = ["first_step", "first_day", "first_course", "streak_7", "streak_30"] as const;
export type TBadge = (typeof BADGES)[number];
