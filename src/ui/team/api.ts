/** The team screens' calls to the server (same origin, JSON), through the account's ServerApi. */
import type { CallerType, CriterionId } from '../../scenarios/vocabulary.ts';
import type { ServerApi } from '../account/api.ts';

export interface Level {
  level: number;
  n: number;
}

export type Shortfall =
  | { kind: 'noAttempt' }
  | { kind: 'callerType'; callerType: CallerType; passes: number; need: number }
  | { kind: 'critical'; count: number; last: number }
  | { kind: 'criterion'; criterion: CriterionId; level: number; need: number };

export interface ReadinessRule {
  coreCallerTypes: CallerType[];
  minPasses: number;
  windowDays: number;
  noCriticalInLast: number;
  minCriterion: number;
}

export interface MatrixTrainee {
  id: string;
  name: string;
  groups: string[];
  attempts: number;
  lastAt: string | null;
  trend: number[];
  criteria: Partial<Record<CriterionId, Level>>;
  callerTypes: Partial<Record<CallerType, Level>>;
  readiness: { ready: boolean; missing: Shortfall[] };
}

export interface Matrix {
  criteria: CriterionId[];
  callerTypes: CallerType[];
  rule: ReadinessRule;
  trainees: MatrixTrainee[];
}

export interface MatrixFilter {
  group?: string;
  from?: string;
  to?: string;
}

export type CellKey = { criterion: CriterionId } | { callerType: CallerType };

export interface CellAttempt {
  id: string;
  scenarioId: string;
  title: string | null;
  startedAt: string;
  total: number;
  passed: boolean;
  score: number;
}

export interface AttemptDetail {
  id: string;
  userId: string;
  userName: string;
  scenarioId: string;
  scenarioVersion: number;
  startedAt: string;
  endedAt: string | null;
  log: unknown[];
  scorecard: unknown;
  appVersion: string | null;
}

function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/**
 * The server's exports (same origin, the session's scope: a trainer's groups, a manager's
 * organisation), narrowed by the matrix's filters.
 */
export function exportHref(format: 'csv' | 'xapi', filter: MatrixFilter): string {
  return `${format === 'csv' ? 'api/export/attempts.csv' : 'api/export/xapi'}${query({ ...filter })}`;
}

export class TeamApi {
  constructor(private readonly api: ServerApi) {}

  async matrix(filter: MatrixFilter): Promise<Matrix> {
    return (await this.api.request<Matrix>('GET', `api/team/matrix${query({ ...filter })}`)).data;
  }

  async cell(
    user: string,
    cell: CellKey,
    filter: MatrixFilter,
  ): Promise<{ trainee: { id: string; name: string }; attempts: CellAttempt[] }> {
    return (
      await this.api.request<{ trainee: { id: string; name: string }; attempts: CellAttempt[] }>(
        'GET',
        `api/team/cell${query({ ...filter, user, ...cell })}`,
      )
    ).data;
  }

  async groups(): Promise<{ id: string; name: string }[]> {
    return (await this.api.request<{ groups: { id: string; name: string }[] }>('GET', 'api/groups')).data
      .groups;
  }

  async setRule(rule: ReadinessRule): Promise<ReadinessRule> {
    return (await this.api.request<{ rule: ReadinessRule }>('PUT', 'api/team/readiness', rule)).data.rule;
  }

  /** A manager deletes a user's account with their attempts (GDPR). */
  async deleteUser(id: string): Promise<void> {
    await this.api.request('DELETE', `api/users/${encodeURIComponent(id)}`);
  }

  async attempt(id: string): Promise<AttemptDetail> {
    return (await this.api.request<AttemptDetail>('GET', `api/attempts/${encodeURIComponent(id)}`)).data;
  }
}

export type QueueReason = 'dispute' | 'critical' | 'failed' | 'flagged' | 'uncertain' | 'sample';

export interface QueueItem {
  id: string;
  userId: string;
  userName: string;
  scenarioId: string;
  title: string | null;
  startedAt: string;
  total: number;
  passed: boolean;
  reasons: QueueReason[];
}

export class QueueApi {
  constructor(private readonly api: ServerApi) {}

  async queue(group?: string): Promise<{ sample: number; attempts: QueueItem[] }> {
    return (
      await this.api.request<{ sample: number; attempts: QueueItem[] }>(
        'GET',
        `api/review/queue${group ? `?group=${encodeURIComponent(group)}` : ''}`,
      )
    ).data;
  }

  async setSample(percent: number): Promise<void> {
    await this.api.request('PUT', 'api/review/sample', { percent });
  }
}
