/**
 * Imported attempts re-scored from their replay (DESIGN §2.2): what the import hands the
 * storage as `verify`. Acts, outcomes and scorecards in a file are never kept: the log the
 * machines rebuild from the trainee's inputs is stored, with its score. Pure: no storage, no DOM.
 */
import type { BundleLookup } from '../../scenarios/catalog.ts';
import { verifyAttempt } from '../../scoring/replay.ts';
import type { ExportedAttempt } from '../../storage/transfer.ts';
import type { Verified } from '../../storage/index.ts';

/** The attempt as stored when it cannot be replayed here (unknown scenario, other version): unscored. */
const unscored = ({ scorecard: _s, outcome: _o, ...attempt }: ExportedAttempt): ExportedAttempt => attempt;

/** One attempt checked against its scenario (`undefined`: not available in this app). */
export function verifyImported(attempt: ExportedAttempt, bundleOf: BundleLookup): Verified {
  const bundle = bundleOf(attempt.scenarioId);
  // No scenario, or another version of it: the log cannot be replayed faithfully here. Kept,
  // without a score: the debrief says it cannot be scored.
  if (!bundle || bundle.scenario.version !== attempt.scenarioVersion)
    return { ok: true, attempt: unscored(attempt) };
  const result = verifyAttempt(bundle, attempt);
  if (!result.ok) return { ok: false, error: `journal refusé (${result.errors.slice(0, 3).join(' ; ')})` };
  const { scorecard } = result;
  const verified: ExportedAttempt = {
    ...attempt,
    log: result.log,
    scorecard,
    outcome: {
      id: scorecard.outcome.id,
      verdict: scorecard.outcome.verdict,
      ...(scorecard.outcome.critical ? { critical: scorecard.outcome.critical } : {}),
    },
  };
  if (result.mismatches.length === 0) return { ok: true, attempt: verified };
  return {
    ok: true,
    attempt: verified,
    note: `Tentative « ${attempt.id} » : le journal ne correspondait pas à son rejeu, elle est notée sur le rejeu (${result.mismatches[0]}${result.mismatches.length > 1 ? '…' : ''}).`,
  };
}

/** The verifier of a whole chunk: loads the scenarios it names once. */
export function importVerifier(loadBundles: (ids: Iterable<string>) => Promise<BundleLookup>) {
  return async (attempts: readonly ExportedAttempt[]): Promise<Verified[]> => {
    const bundleOf = await loadBundles(attempts.map((a) => a.scenarioId));
    return attempts.map((a) => verifyImported(a, bundleOf));
  };
}
