/** The French texts of the settings page (DESIGN §2.5), loaded with it. */
export const fr = {
  quarantineLink: 'Données mises de côté (enregistrements abîmés)',
  intro: 'Vos réglages sont enregistrés dans ce navigateur et valent pour tous les profils.',
  volume: 'Volume',
  volumeValue: (v: number) => `${Math.round(v * 100)} %`,
  saved: 'Réglages enregistrés',
  failed: (message: string) => `Réglages non enregistrés : ${message}`,
  soundLabel: 'Son',
  soundHint: 'Sonnerie, musique d’attente et tonalité de raccrochage.',
  speechLabel: 'Synthèse vocale de l’appelant',
  speechHint: 'Les répliques de l’appelant sont lues à voix haute (il faut aussi que le son soit activé).',
  captionsLabel: 'Sous-titres',
  captionsHint:
    'Affiche en grand la dernière réplique de l’appelant. La transcription complète de l’appel reste toujours affichée.',
  guidedLabel: 'Mode guidé (réponses suggérées)',
  guidedHint: 'Propose des réponses pendant l’appel, pour débuter. Le vrai entraînement se fait sans.',
  moodLabel: 'Afficher l’humeur de l’appelant (mode entraînement)',
  moodHint: 'Décoché : mode évaluation, l’humeur de l’appelant est masquée, comme au téléphone.',
  audioTitle: 'Son et voix',
  displayTitle: 'Affichage et entraînement',
} as const;
