/** How a criterion is built: evidence added one by one, and the tip of the costliest miss. */
import type { Evidence } from '../types.ts';

export interface CriterionDraft {
  base: 0 | 100;
  evidence: Evidence[];
  tip: string;
}

export class Draft {
  readonly evidence: Evidence[] = [];
  #tip: string;
  #tipCost = 0;

  constructor(
    readonly base: 0 | 100,
    goodTip: string,
  ) {
    this.#tip = goodTip;
  }

  /**
   * Adds evidence; with a tip, the tip becomes the criterion's if this miss costs more than any
   * before it. `cost` defaults to the points lost; a miss worth 0 points (a step not done on a
   * criterion whose points are earned) says what it would have earned.
   */
  add(item: Evidence, tip?: string, cost = -item.points): this {
    this.evidence.push(item);
    if (tip !== undefined && cost > this.#tipCost) {
      this.#tip = tip;
      this.#tipCost = cost;
    }
    return this;
  }

  done(): CriterionDraft {
    return { base: this.base, evidence: this.evidence, tip: this.#tip };
  }
}

/** `total` points shared out in `n` whole numbers that add up exactly to it. */
export function shares(total: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.floor((total * (i + 1)) / n) - Math.floor((total * i) / n));
}

/** A criterion that does not apply to this call, with the reason the debrief gives (in French). */
export interface NotEvaluated {
  notEvaluated: string;
}
