/** The French texts of the variations editor and of the play-test's draw. */
import type { VariableValue } from '../../scenarios/variables.ts';

/** A value as the trainer reads it: a text, or its fields « champ : valeur ». */
export const valueText = (value: VariableValue): string =>
  typeof value === 'string'
    ? value
    : Object.entries(value)
        .map(([k, v]) => `${k} : ${v}`)
        .join(' · ');

export const fr = {
  title: 'Variations',
  intro:
    'Des variables tirées au hasard à chaque tentative (d’après une graine notée dans le journal) : écrivez « {prenom} » dans une réplique pour y mettre la valeur tirée. Les stagiaires n’apprennent pas un appel par cœur.',
  unreadable: 'Les variations s’afficheront quand le fichier du scénario sera lisible (voir les problèmes).',
  none: 'Aucune variable pour l’instant.',
  variable: (name: string) => `Variable « ${name} »`,
  value: (name: string, i: number) => `Valeur ${i + 1} de « ${name} »`,
  field: (name: string, i: number, field: string) => `Valeur ${i + 1} de « ${name} », champ « ${field} »`,
  nameOf: (name: string) => `Nom de la variable « ${name} »`,
  rename: 'Renommer',
  renamed: (from: string, to: string, uses: number) =>
    `Variable « ${from} » renommée « ${to} »${uses === 0 ? '' : uses === 1 ? ' (et son utilisation)' : ` (et ses ${uses} utilisations)`}.`,
  valuesOf: (name: string) => `Valeurs de « ${name} »`,
  moveUp: 'Monter',
  moveDown: 'Descendre',
  moveUpLabel: (name: string, i: number) => `Monter la valeur ${i + 1} de « ${name} »`,
  moveDownLabel: (name: string, i: number) => `Descendre la valeur ${i + 1} de « ${name} »`,
  moved: (value: string, to: number) => `« ${value} » est maintenant la valeur ${to + 1}.`,
  emptyValue: 'Écrivez la valeur avant de l’ajouter.',
  valueAdded: (name: string) => `Valeur ajoutée à « ${name} ».`,
  valueRemoved: (value: string, name: string) => `« ${value} » retirée de « ${name} ».`,
  removeValue: 'Retirer',
  removeValueLabel: (name: string, i: number) => `Retirer la valeur ${i + 1} de « ${name} »`,
  newValue: (name: string) => `Nouvelle valeur de « ${name} »`,
  addValue: 'Ajouter la valeur',
  addValueCopy: 'Ajouter une valeur (copie de la dernière)',
  removeVariable: (name: string) => `Supprimer la variable « ${name} »`,
  usedIn: 'Utilisée dans :',
  unused: 'Utilisée nulle part : écrivez-la entre accolades dans une réplique, par exemple',
  goTo: (placeholder: string, path: string, line: number) => `${placeholder} ligne ${line} — ${path}`,
  unknownTitle: 'Variables écrites mais pas déclarées',
  addTitle: 'Nouvelle variable',
  name: 'Nom (lettres sans accent, par exemple « prenom »)',
  values: 'Valeurs, séparées par des points-virgules (au moins deux)',
  add: 'Ajouter la variable',
  needValues: 'Écrivez les valeurs de la variable, séparées par des points-virgules (au moins deux).',
  needTwo: 'Une variation a au moins deux valeurs : séparez-les par des points-virgules.',
  added: (name: string) => `Variable « ${name} » ajoutée.`,
  removed: (name: string) => `Variable « ${name} » supprimée.`,
  // The play-test's draw.
  draw: 'Tirage',
  drawRandom: 'aléatoire',
  drawSeed: 'graine choisie',
  drawFixed: 'valeurs fixées',
  seed: 'Graine',
  anyValue: 'au hasard',
  fixedValue: (name: string) => `Valeur de « ${name} »`,
  drawn: (seed: number, values: string) => `Graine ${seed} : ${values}`,
  noSeed: 'Aucune graine ne tire ces valeurs ensemble dans la limite des essais : fixez-en moins.',
  badSeed: 'La graine est un nombre entier de 0 à 4 294 967 295.',
} as const;
