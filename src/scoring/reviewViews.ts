/**
 * A trainer's review of an attempt as the team server sends it and the app reads it: criterion and
 * verdict overrides, comments on turns, disputes. One definition for both sides (the server types
 * criteria as the database's strings, the app as the rubric's ids).
 */
export interface OverrideView<C extends string = string> {
  id: string;
  criterion: C;
  before: number;
  after: number;
  reason: string;
  author: string | null;
  createdAt: string;
}

export interface CommentView {
  id: string;
  turn: number | null;
  body: string;
  author: string | null;
  createdAt: string;
}

export interface DisputeView<C extends string = string> {
  id: string;
  criterion: C;
  message: string;
  author: string | null;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  answer: string | null;
}

export interface VerdictView {
  id: string;
  before: boolean;
  after: boolean;
  reason: string;
  author: string | null;
  createdAt: string;
}
