/** The calibration screens' calls to the server (src/server/routes/calibrations.ts). */
import type { CriterionId, CriticalRule } from '../../scenarios/vocabulary.ts';
import type { ServerApi } from '../account/api.ts';

export type Grade = 0 | 1 | 2 | 3 | 4 | 'NA';

export interface Sheet {
  grades: Record<CriterionId, Grade>;
  critical: CriticalRule[];
  passed: boolean;
  comment: string;
}

export interface SessionSummary {
  id: string;
  title: string;
  createdByName: string | null;
  createdAt: string;
  attempts: number;
  raters: { id: string; name: string; submittedAt: string | null }[];
  me: { rater: boolean; submitted: boolean; creator: boolean };
}

export interface SessionCall {
  id: string;
  position: number;
  scenarioId: string;
  title: string | null;
  startedAt: string;
  log: { t: number; type: string; text?: string }[];
}

export interface SessionDetail extends SessionSummary {
  calls: SessionCall[];
  /** The caller's own grades so far, by attempt. */
  grades: Record<string, Sheet>;
}

export interface Figure {
  kappa: number | null;
  /** Three raters or more: ICC(2,1) on the 0–4 scale (null: fewer than two calls). */
  icc?: number | null;
  n: number;
}

export interface Judgement {
  grades: Partial<Record<CriterionId, Grade>>;
  critical: CriticalRule[];
  passed: boolean;
}

export interface Results {
  raters: { id: string; name: string }[];
  method: 'cohen-quadratic' | 'fleiss' | null;
  criteria: Partial<Record<CriterionId, Figure>>;
  pooled: Figure;
  passFail: Figure;
  automatic: Record<
    string,
    {
      criteria: Partial<Record<CriterionId, { kappa: number; n: number }>>;
      pooled: { kappa: number | null; n: number };
      passFail: number;
    }
  >;
  calls: {
    id: string;
    title: string | null;
    scenarioId: string;
    between: number;
    toAutomatic: number;
    criteria: CriterionId[];
    automatic: Judgement;
    ratings: Record<string, Judgement>;
    comments: Record<string, string>;
  }[];
}

export interface Candidate {
  id: string;
  userId: string;
  userName: string;
  scenarioId: string;
  startedAt: string;
}

const path = (id: string, tail = '') => `api/calibrations/${encodeURIComponent(id)}${tail}`;

export class CalibrationApi {
  constructor(private readonly api: ServerApi) {}

  async list(): Promise<SessionSummary[]> {
    return (await this.api.request<{ sessions: SessionSummary[] }>('GET', 'api/calibrations')).data.sessions;
  }

  async raters(): Promise<{ id: string; name: string; role: string }[]> {
    return (
      await this.api.request<{ raters: { id: string; name: string; role: string }[] }>(
        'GET',
        'api/calibrations/raters',
      )
    ).data.raters;
  }

  /** The attempts the caller may pick: their scope's, newest first. */
  async candidates(): Promise<Candidate[]> {
    return (await this.api.request<{ attempts: Candidate[] }>('GET', 'api/attempts?limit=200')).data.attempts;
  }

  async create(body: { title: string; attemptIds: string[]; raterIds: string[] }): Promise<SessionSummary> {
    return (await this.api.request<SessionSummary>('POST', 'api/calibrations', body)).data;
  }

  async session(id: string): Promise<SessionDetail> {
    return (await this.api.request<SessionDetail>('GET', path(id))).data;
  }

  async grade(id: string, attemptId: string, sheet: Sheet): Promise<void> {
    await this.api.request('PUT', path(id, `/grades/${encodeURIComponent(attemptId)}`), sheet);
  }

  async submit(id: string): Promise<void> {
    await this.api.request('POST', path(id, '/submit'));
  }

  async results(id: string): Promise<Results> {
    return (await this.api.request<Results>('GET', path(id, '/results'))).data;
  }

  /** The JSONL download's address (same origin: the session cookie goes with it). */
  disagreementsHref(id: string): string {
    return path(id, '/disagreements.jsonl');
  }
}
