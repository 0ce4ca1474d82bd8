/**
 * The review of an attempt as the server gives it (src/server/repositories/reviews.ts): what the
 * trainee's debrief shows, and what trainers write. Shared by the debrief and the team space.
 */
import type { CriterionId } from '../../scenarios/vocabulary.ts';
import type { ReviewedResult } from '../../scoring/reviewed.ts';
import type {
  CommentView,
  DisputeView as SharedDispute,
  OverrideView as SharedOverride,
  VerdictView,
} from '../../scoring/reviewViews.ts';
import type { ServerApi } from './api.ts';

export type OverrideView = SharedOverride<CriterionId>;
export type DisputeView = SharedDispute<CriterionId>;
export type { CommentView, VerdictView };

export interface ReviewView {
  current: Partial<Record<CriterionId, OverrideView>>;
  history: OverrideView[];
  /** The latest override of the verdict (absent from an older server). */
  verdict?: VerdictView | null;
  verdicts?: VerdictView[];
  /** The figures after review (src/scoring/reviewed.ts), the automatic ones beside. */
  final?: ReviewedResult;
  comments: CommentView[];
  disputes: DisputeView[];
  reviewed: { by: string | null; at: string; comment: string } | null;
}

/** Whether a review holds anything to show. */
export const hasReview = (r: ReviewView | null | undefined): r is ReviewView =>
  !!r &&
  (r.history.length > 0 ||
    (r.verdicts?.length ?? 0) > 0 ||
    r.comments.length > 0 ||
    r.disputes.length > 0 ||
    r.reviewed !== null);

export class ReviewApi {
  constructor(private readonly api: ServerApi) {}

  private path(id: string, tail: string) {
    return `api/attempts/${encodeURIComponent(id)}/${tail}`;
  }

  async review(id: string): Promise<ReviewView> {
    return (await this.api.request<ReviewView>('GET', this.path(id, 'review'))).data;
  }

  /** The review of one's own attempt, or null when the server does not have the attempt (yet). */
  async reviewIfAny(id: string): Promise<ReviewView | null> {
    return (await this.api.request<ReviewView | null>('GET', `${this.path(id, 'review')}?ifExists=1`)).data;
  }

  async override(
    id: string,
    body: { criterion: CriterionId; score: number; reason: string },
  ): Promise<ReviewView> {
    return (await this.api.request<ReviewView>('POST', this.path(id, 'overrides'), body)).data;
  }

  async verdict(id: string, body: { passed: boolean; reason: string }): Promise<ReviewView> {
    return (await this.api.request<ReviewView>('POST', this.path(id, 'verdict'), body)).data;
  }

  async comment(id: string, body: { turn: number | null; body: string }): Promise<ReviewView> {
    return (await this.api.request<ReviewView>('POST', this.path(id, 'comments'), body)).data;
  }

  async markReviewed(id: string, comment: string): Promise<ReviewView> {
    return (await this.api.request<ReviewView>('POST', this.path(id, 'reviewed'), { comment })).data;
  }

  async dispute(id: string, body: { criterion: CriterionId; message: string }): Promise<ReviewView> {
    return (await this.api.request<ReviewView>('POST', this.path(id, 'disputes'), body)).data;
  }

  async resolve(disputeId: string, answer: string): Promise<ReviewView> {
    return (
      await this.api.request<ReviewView>('POST', `api/disputes/${encodeURIComponent(disputeId)}/resolve`, {
        answer,
      })
    ).data;
  }
}
