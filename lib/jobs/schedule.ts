// The scheduled jobs and when they run (cron in Vietnam's time zone). Pure data: the worker reads it.
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

export const JOBS = {
  /** Reminders are idempotent per day, so the hourly runs in office hours only catch what is newly due
   * (and make up for a worker that was down at 07:00). */
  reminders: { cron: "0 7-17 * * *", expireInSeconds: 30 * 60, retryLimit: 2, retryDelay: 300 },
  /** The e-mail outbox: every minute. Failed messages wait for their own backoff, not for this schedule. */
  outbox: { cron: "* * * * *", expireInSeconds: 10 * 60, retryLimit: 0, retryDelay: 0 },
} as const;

export type JobName = keyof typeof JOBS;
export const JOB_NAMES = Object.keys(JOBS) as JobName[];
