import { can, type TActor } from "../policy";

/** Which other apps the navigation may offer this user. */
export function allowedApps(user: TActor | null) {
  return {
    trainerPanel: can(user, "app:trainer-panel"),
    errorDashboard: can(user, "app:error-dashboard"),
    queues: can(user, "app:queues"),
  };
}
