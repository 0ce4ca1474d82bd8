/**
 * A play-test of the draft with the real engine: the same `createCallSession` as the call screen
 * and the CLI, on a simulated clock that moves as a `play` script's steps do (4 s a step), so the
 * trial kept as a golden script replays to the same call. Pure: no DOM, no storage.
 */
import { analysisContext, createCallSession } from '../../machines/call.ts';
import type { LogEntry, ToolAction } from '../../machines/events.ts';
import {
  DEFAULT_STEP_WAIT_S,
  inputsOf,
  parseScript,
  playScript,
  type Script,
  type Step,
} from '../../machines/play.ts';
import type { CallSession, CallView } from '../../machines/session.ts';
import { OPENING_WAIT_MS } from '../../machines/turn.ts';
import { analyze } from '../../language/analyze.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';
import type { Mood } from '../../scenarios/vocabulary.ts';
import { score } from '../../scoring/score.ts';
import type { Scorecard } from '../../scoring/types.ts';
import type { GoldenScript } from './golden.ts';

/** The caller's stress at the start of a trial in each mood (see machines/mood.ts thresholds). */
export const MOOD_STRESS: Record<Mood, number> = { calm: 20, tense: 55, upset: 80 };

/** The bundle played from another node and mood; the draft's own is left as it is. */
export function trialBundle(bundle: ScenarioBundle, start?: string, mood?: Mood): ScenarioBundle {
  const scenario =
    start && Object.hasOwn(bundle.scenario.nodes, start) ? { ...bundle.scenario, start } : bundle.scenario;
  const caller = mood
    ? { ...bundle.caller, stress: Math.min(MOOD_STRESS[mood], bundle.caller.stressLimit - 1) }
    : bundle.caller;
  return { ...bundle, scenario, caller };
}

export interface TrialTurn {
  text: string;
  /** A tool used (instead of a line), in French, with the answer of the tool when it refused. */
  tool?: string;
  /** What the engine read in the line: acts (they drive the dialogue) and intents. */
  acts: string[];
  intents: string[];
  facts: string[];
  /** What the caller said in answer (may be several lines, or none). */
  replies: string[];
}

export class Trial {
  readonly bundle: ScenarioBundle;
  readonly steps: Step[] = [];
  #session: CallSession;
  #t = 0;

  /**
   * `seed`: the draw of the scenario's variations (see `seedFor` for values the trainer fixed);
   * kept in the script, so a golden script draws the same values again. Default 0, as `play`.
   */
  constructor(
    bundle: ScenarioBundle,
    readonly start?: string,
    readonly mood?: Mood,
    readonly seed?: number,
  ) {
    this.bundle = trialBundle(bundle, start, mood);
    this.#session = createCallSession(this.bundle, seed !== undefined ? { seed } : {});
    this.#step({ do: 'pickup' });
    // The caller's first line is shown at once: each step is DEFAULT_STEP_WAIT_S later, past the
    // wait for a greeting (OPENING_WAIT_MS), so the golden script replays it the same way.
    this.#session.advance(OPENING_WAIT_MS);
  }

  /** The values this trial drew, by variable (none when the scenario has no variations). */
  get drawn(): { seed: number; values: Record<string, string | Record<string, string>> } | undefined {
    const first = this.view.log[0];
    return first?.type === 'variation' ? { seed: first.seed, values: first.values } : undefined;
  }

  #step(step: Step) {
    this.#t += DEFAULT_STEP_WAIT_S * 1000;
    this.#session.advance(Math.max(0, this.#t - this.#session.view().t));
    if (this.#session.view().status === 'ended') return;
    this.steps.push(step);
    for (const input of inputsOf(step)) this.#session.send(input);
  }

  /**
   * Uses a tool as a script step does (`{ do: 'book', slot: … }`, `{ do: 'redirect', to: '15' }`,
   * `{ do: 'hold' }`…): checked as a script step first; a wrong one throws its French reason.
   */
  act(step: Step): void {
    const [checked] = parseScript({ steps: [step] }).steps;
    this.#step(checked!);
  }

  get view(): CallView {
    return this.#session.view();
  }

  say(text: string): void {
    const line = text.trim();
    if (line) this.#step({ say: line });
  }

  hangUp(): void {
    this.#step({ do: 'hangup' });
  }

  /** The conversation so far, turn by turn (the caller's first lines as a turn without text). */
  turns(): TrialTurn[] {
    // The played scenario: its facts' words with the values drawn.
    const context = analysisContext(this.#session.bundle);
    const turns: TrialTurn[] = [{ text: '', acts: [], intents: [], facts: [], replies: [] }];
    for (const entry of this.view.log) {
      if (entry.type === 'trainee.say')
        turns.push({
          text: entry.text,
          acts: entry.acts.map((a) => a.type),
          intents: (analyze(entry.text, context).intents ?? []).map((i) => i.type),
          facts: entry.facts,
          replies: [],
        });
      else if (entry.type === 'trainee.action')
        turns.push({
          text: '',
          tool: toolText(entry.action, entry.refused),
          acts: [],
          intents: [],
          facts: [],
          replies: [],
        });
      else if (entry.type === 'hold' || entry.type === 'resume')
        turns.push({
          text: '',
          tool: entry.type === 'hold' ? 'mise en attente' : 'reprise de l’appel',
          acts: [],
          intents: [],
          facts: [],
          replies: [],
        });
      else if (entry.type === 'caller.say') turns.at(-1)!.replies.push(entry.text);
    }
    return turns;
  }

  script(): Script {
    return {
      ...(this.seed !== undefined && this.bundle.scenario.variables && { seed: this.seed }),
      steps: this.steps.map((s) => ({ ...s })),
    };
  }

  stop(): void {
    this.#session.stop();
  }
}

const SMS_PURPOSE = { confirmation: 'confirmation', reminder: 'rappel', cancellation: 'annulation' } as const;

/** A tool action as the trial's conversation shows it. */
export function toolText(action: ToolAction, refused?: string): string {
  const what = (() => {
    switch (action.kind) {
      case 'book':
        return `rendez-vous ${action.slot}${action.type ? ` (${action.type})` : ''}`;
      case 'move':
        return `rendez-vous déplacé de ${action.from} à ${action.to}`;
      case 'cancel':
        return `rendez-vous ${action.slot} annulé`;
      case 'waitlist':
        return 'inscription sur la liste d’attente';
      case 'callback':
        return `rappel${action.number ? ` au ${action.number}` : ''}`;
      case 'message':
        return `message${action.urgency === 'urgent' ? ' urgent' : ''} : « ${action.text} »`;
      case 'transfer':
        return 'transfert au médecin';
      case 'redirect':
        return `orientation vers le ${action.to}`;
      case 'sms':
        return `SMS de ${SMS_PURPOSE[action.purpose]} pour le rendez-vous ${action.slot}`;
    }
  })();
  return refused ? `${what} — refusé : ${refused}` : what;
}

export interface TrialResult {
  log: LogEntry[];
  outcome?: { id: string; label: string; verdict: string };
  card: Scorecard;
}

/** A script played to its end (the clock runs out the call), then scored: what a golden keeps. */
export function playTrial(bundle: ScenarioBundle, script: Script, start?: string, mood?: Mood): TrialResult {
  const played = trialBundle(bundle, start, mood);
  const { log, view } = playScript(played, script);
  const outcome = view.outcome && {
    id: view.outcome.id,
    label: view.outcome.label,
    verdict: view.outcome.verdict,
  };
  return { log, ...(outcome && { outcome }), card: score(played, log) };
}

/** The trial as a golden script of the draft, with what it gives now. */
export function goldenOf(name: string, bundle: ScenarioBundle, trial: Trial): GoldenScript {
  const script = trial.script();
  const { outcome, card } = playTrial(bundle, script, trial.start, trial.mood);
  return {
    name,
    ...(trial.start !== undefined && { start: trial.start }),
    ...(trial.mood !== undefined && { mood: trial.mood }),
    script,
    expected: { ...(outcome && { outcome: outcome.id, verdict: outcome.verdict }), score: card.total },
  };
}
