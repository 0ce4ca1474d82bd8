/**
 * The forwarding to an organisation's LRS as the team server sends it (GET /api/team/lrs) and the
 * manager's panel reads it. One definition for both sides, as reviewViews.ts is for reviews.
 */
export type OutboxStatus = 'pending' | 'sent' | 'failed';

/** One row of the outbox: an attempt's statement, or a review's voiding and new statements. */
export interface OutboxItem {
  id: string;
  attemptId: string;
  trainee: string;
  scenarioId: string;
  kind: 'attempt' | 'review';
  status: OutboxStatus;
  tries: number;
  nextAt: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxStatusView {
  counts: Record<OutboxStatus, number>;
  /** The latest rows, newest first. */
  items: OutboxItem[];
}

export interface LrsSettingsView {
  endpoint: string;
  username: string;
  enabled: boolean;
  /** A secret is stored on the server (it is never sent back). */
  secretSaved: boolean;
}

export interface LrsView extends OutboxStatusView {
  settings: LrsSettingsView | null;
  /** Attempts stored before the LRS was set up (or while forwarding was off), never queued. */
  earlier: number;
}
