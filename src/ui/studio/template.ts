/** The blank scenario a trainer starts from: the smallest valid call, commented in French. */
export const BLANK_SCENARIO = `# Nouveau scénario : remplacez les textes, ajoutez des nœuds et des issues.
schemaVersion: 1
id: nouveau-scenario
version: 1
title: "Nouveau scénario"
summary: >-
  Décrivez l’appel en deux ou trois phrases : qui appelle, pourquoi, ce qu’il faut faire.
difficulty: 1
callerType: undecided
skills: [reformulation, closing]
practice: maison-medicale-des-platanes
caller: bernard-quere
moment: "2026-03-10T10:00"
targetDuration: 120

facts:
  - id: motif
    label: "Le motif de l’appel"
    keywords: [rendez-vous, consultation]

start: accueil
nodes:
  accueil:
    say: "Bonjour, je voudrais prendre rendez-vous, s’il vous plaît."
    on:
      - when: { said: reformulation }
        reply: "Oui, c’est bien ça."
        settle: bonne-issue
        goto: fin
  fin:
    say: "Merci beaucoup, au revoir."
    on:
      - when: { said: closing }
        end: true

outcomes:
  bonne-issue:
    label: "Demande comprise"
    verdict: correct
    reason: "La demande a été reformulée et comprise."

debrief:
  - "Ce que la stagiaire devait retenir de cet appel."
model:
  - { who: trainee, text: "Cabinet des Platanes, bonjour." }
  - { who: caller, text: "Bonjour, je voudrais prendre rendez-vous, s’il vous plaît." }
`;
