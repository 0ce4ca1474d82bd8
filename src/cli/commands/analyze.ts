/** `decroche analyze "<texte>" [--scenario <id>] [--json]`: the acts of one trainee line. */
import { analyze } from '../../language/analyze.ts';
import { cleanLine } from '../../language/clean.ts';
import type { AnalysisContext } from '../../language/labels.ts';
import { analysisContext } from '../../machines/call.ts';
import { loadBuiltinPacks } from '../../scenarios/load.ts';
import { strictArgs } from '../args.ts';

export async function run(args: string[]): Promise<number> {
  const parsed = strictArgs(args, ['json'], ['scenario']);
  if ('error' in parsed) {
    console.error(parsed.error);
    return 2;
  }
  const { positionals, flags, options } = parsed;
  const text = cleanLine(positionals.join(' '));
  if (text.trim() === '') {
    console.error('Usage : decroche analyze "<texte>" [--scenario <id>] [--json]');
    return 2;
  }
  let context: AnalysisContext = {};
  const scenarioId = options.get('scenario');
  if (scenarioId) {
    const { bundles } = await loadBuiltinPacks();
    const bundle = bundles.find((b) => b.scenario.id === scenarioId);
    if (!bundle) {
      console.error(`Scénario inconnu : « ${scenarioId} » (voir decroche list).`);
      return 2;
    }
    context = analysisContext(bundle);
  }
  const analysis = analyze(text, context);
  if (flags.has('json')) {
    console.log(JSON.stringify(analysis, null, 2));
    return 0;
  }
  if (analysis.acts.length === 0) console.log('Aucun acte reconnu.');
  for (const act of analysis.acts) console.log(`${act.type.padEnd(15)} « ${text.slice(...act.span)} »`);
  if (analysis.facts.length > 0) console.log(`faits reformulés : ${analysis.facts.join(', ')}`);
  if (analysis.greeting)
    console.log(
      `accueil : nomme le cabinet ${analysis.greeting.namesPractice ? 'oui' : 'non'}, se présente ${analysis.greeting.namesSpeaker ? 'oui' : 'non'}`,
    );
  return 0;
}
