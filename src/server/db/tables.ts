/** The tables, as Kysely sees them. Ids are UUIDs kept as text; times are timestamptz. */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { OutboxStatus } from '../../scoring/lrsViews.ts';

export const ROLES = ['trainee', 'trainer', 'manager'] as const;
export type Role = (typeof ROLES)[number];

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** jsonb: written as a JSON string, read back parsed. */
type Json<T> = ColumnType<T, string, never>;

export interface OrganisationsTable {
  id: string;
  name: string;
  created_at: CreatedAt;
}

export interface GroupsTable {
  id: string;
  org_id: string;
  name: string;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: string;
  org_id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string | null;
  created_at: CreatedAt;
}

export interface MembershipsTable {
  user_id: string;
  group_id: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a stolen database holds no usable session. */
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Date;
}

export interface InvitationsTable {
  token_hash: string;
  org_id: string;
  group_id: string | null;
  role: Role;
  /** Set for a password reset of an existing user. */
  user_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  expires_at: Date;
  used_at: Date | null;
}

export interface AttemptsTable {
  id: string;
  user_id: string;
  org_id: string;
  scenario_id: string;
  scenario_version: number;
  started_at: Date;
  ended_at: Date | null;
  /** The log rebuilt by the server's replay of the trainee's inputs. */
  log: Json<unknown[]>;
  /** The server's own scorecard, from replaying the log. */
  scorecard: Json<unknown>;
  total: number;
  passed: boolean;
  outcome_id: string | null;
  verdict: string | null;
  /** Whether the replay reproduced the client's log exactly. */
  replay_matches: boolean;
  app_version: string | null;
  /** The published pack the attempt was played on (null: a built-in scenario). */
  pack_id: ColumnType<string | null, string | null | undefined, never>;
  pack_version: ColumnType<number | null, number | null | undefined, never>;
  received_at: CreatedAt;
  seq: Generated<number>;
}

export interface PackVersionsTable {
  org_id: string;
  pack_id: string;
  version: number;
  title: string;
  /** Path of the scenario file the studio opens. */
  main: string;
  /** The pack's files ({ path, text }[]), as published (validated before they were stored). */
  files: Json<{ path: string; text: string }[]>;
  scenario_ids: Json<string[]>;
  bytes: number;
  published_by: string | null;
  published_at: CreatedAt;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
}

/** A published version's recorded caller lines (checked like a pack file's on publication). */
export interface PackVersionClipsTable {
  org_id: string;
  pack_id: string;
  version: number;
  path: string;
  mime: string;
  data: Uint8Array;
}

export interface PackVersionGroupsTable {
  org_id: string;
  pack_id: string;
  version: number;
  group_id: string;
}

/** The manager's settings for the organisation (src/server/team). */
export interface TeamSettingsTable {
  org_id: string;
  /** Replaced whole by the manager (jsonb: written as a JSON string). */
  readiness: ColumnType<unknown, string, string>;
  updated_by: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date>;
  /** Percentage of the other attempts a trainer's review queue draws at random. */
  review_sample: ColumnType<number, number | undefined, number>;
}

interface AttemptNote {
  id: string;
  attempt_id: string;
  org_id: string;
  author_id: string | null;
  created_at: CreatedAt;
  seq: Generated<number>;
}

/** A human score for a criterion; append-only (the latest counts, the others are the audit trail). */
export interface TeamOverridesTable extends AttemptNote {
  criterion: string;
  /** The automatic score when the override was made. */
  before: number;
  after: number;
  reason: string;
}

export interface TeamCommentsTable extends AttemptNote {
  /** The log index commented on; null for the whole call. */
  turn: number | null;
  body: string;
}

export interface TeamDisputesTable extends AttemptNote {
  criterion: string;
  message: string;
  resolved_at: Date | null;
  resolved_by: string | null;
  answer: string | null;
}

export interface TeamReviewsTable {
  attempt_id: string;
  reviewer_id: string | null;
  comment: ColumnType<string, string | undefined, string>;
  reviewed_at: ColumnType<Date, Date | string | undefined, Date>;
}

export interface TeamAssignmentsTable {
  id: string;
  org_id: string;
  group_id: string;
  scenario_id: string;
  /** A calendar day, written `YYYY-MM-DD`. */
  due_date: ColumnType<Date, string, string>;
  created_by: string | null;
  created_at: CreatedAt;
}

/** A trainer's override of an attempt's verdict; append-only like the criteria's. */
export interface TeamVerdictsTable extends AttemptNote {
  /** The verdict before this override (the automatic one, or the total recalculated). */
  before: boolean;
  after: boolean;
  reason: string;
}

export interface CalibrationSessionsTable {
  id: string;
  org_id: string;
  title: string;
  created_by: string | null;
  created_at: CreatedAt;
  seq: Generated<number>;
}

export interface CalibrationAttemptsTable {
  session_id: string;
  attempt_id: string;
  position: number;
}

export interface CalibrationRatersTable {
  session_id: string;
  user_id: string;
  /** Set once the rater has graded every call: then, and only then, they see the results. */
  submitted_at: ColumnType<Date | null, Date | null | undefined, Date>;
}

export interface CalibrationGradesTable {
  session_id: string;
  attempt_id: string;
  rater_id: string;
  /** Criterion → 0–4 or "NA". */
  grades: ColumnType<Record<string, number | 'NA'>, string, string>;
  critical: ColumnType<string[], string, string>;
  passed: boolean;
  comment: ColumnType<string, string | undefined, string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date>;
}

/** The organisation's LRS: where its xAPI statements are forwarded (the secret never leaves). */
export interface LrsSettingsTable {
  org_id: string;
  endpoint: string;
  username: string;
  secret: string;
  /** The origin the statements' activity ids start with (the server's, when the manager saved). */
  activity_base: string;
  enabled: boolean;
  updated_by: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date>;
}

export type { OutboxStatus };

/** One POST of statements to the LRS: an attempt's, or a review's (the voiding and the new one). */
export interface LrsOutboxTable {
  id: string;
  org_id: string;
  attempt_id: string;
  kind: 'attempt' | 'review';
  /** The statement a later review voids. */
  statement_id: string;
  statements: Json<unknown[]>;
  status: ColumnType<OutboxStatus, OutboxStatus | undefined, OutboxStatus>;
  tries: ColumnType<number, number | undefined, number>;
  next_at: ColumnType<Date, Date | undefined, Date>;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  seq: Generated<number>;
}

/** An attempt's figures after review (migration 0007): kept by a trigger and the review routes. */
export interface AttemptResultsTable {
  attempt_id: string;
  user_id: string;
  scenario_id: string;
  started_at: Date;
  seq: number;
  total: number;
  passed: boolean;
}

/**
 * One trainee's matrix for all time (migration 0008), rewritten by triggers: criteria as
 * `{ key: [level, n] }`, scenarios as `{ id: [[rank, total], …] }` (rank 1: the trainee's latest
 * attempt; at most 5 a scenario, latest first), the latest 100 attempts' « has a critical
 * failure », latest first.
 */
export interface TraineeMatrixTable {
  user_id: string;
  attempts: number;
  last_at: Date | null;
  trend: number[];
  /** The trend's dates in ms, same order (migration 0010). */
  trend_at: number[];
  criteria: Record<string, [number, number]>;
  /** Each criterion's latest 5 `[score, date in ms]`, latest first (migration 0010). */
  criteria_recent: Record<string, [number, number][]>;
  /** `[rank, total, date in ms]` since migration 0010. */
  scenarios: Record<string, [number, number, number][]>;
  critical: boolean[];
}

export interface Tables {
  organisations: OrganisationsTable;
  groups: GroupsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  attempts: AttemptsTable;
  pack_versions: PackVersionsTable;
  pack_version_groups: PackVersionGroupsTable;
  pack_version_clips: PackVersionClipsTable;
  team_settings: TeamSettingsTable;
  team_overrides: TeamOverridesTable;
  team_comments: TeamCommentsTable;
  team_disputes: TeamDisputesTable;
  team_reviews: TeamReviewsTable;
  team_assignments: TeamAssignmentsTable;
  team_verdicts: TeamVerdictsTable;
  calibration_sessions: CalibrationSessionsTable;
  calibration_attempts: CalibrationAttemptsTable;
  calibration_raters: CalibrationRatersTable;
  calibration_grades: CalibrationGradesTable;
  lrs_settings: LrsSettingsTable;
  lrs_outbox: LrsOutboxTable;
  attempt_results: AttemptResultsTable;
  trainee_matrix: TraineeMatrixTable;
}

export type User = Selectable<UsersTable>;
export type NewAttemptRow = Insertable<AttemptsTable>;
export type AttemptRow = Selectable<AttemptsTable>;
