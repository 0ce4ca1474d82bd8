/**
 * The caller's built-in lines for what every call needs beyond the scenario's dialogue:
 * answering what they do not know, asking to clarify, waiting while the trainee looks, checking in
 * on hold, reacting to a slot offered in words. Data, in French: a caller file may replace any of
 * them (`lines.clarify`, `lines.dontKnow`…, docs/scenario-format.md). Several variants are said in
 * turn; each variant has a line per mood. « {créneau} » is replaced by the slot said back.
 */
import type { LineVariants } from '../scenarios/schema.ts';

export const DEFAULT_LINES = {
  clarify: [
    {
      calm: 'Pardon ? Je n’ai pas bien saisi, vous pouvez répéter ?',
      tense: 'Pardon ? Vous pouvez répéter, s’il vous plaît ?',
      upset: 'Quoi ? Répétez, je n’ai rien compris !',
    },
    {
      calm: 'Excusez-moi, vous voulez dire quoi, exactement ?',
      tense: 'C’est-à-dire ? Je ne comprends pas bien.',
      upset: 'C’est-à-dire ? Parlez plus clairement !',
    },
    {
      calm: 'Je ne vous suis pas bien… Vous pouvez me le redire autrement ?',
      tense: 'Je ne vous suis pas, là. Vous pouvez me redire ça ?',
      upset: 'Je ne vous suis pas du tout ! Expliquez-moi !',
    },
  ],
  dontKnow: [
    {
      calm: 'Ça, je ne sais pas, excusez-moi.',
      tense: 'Je ne sais pas, moi… C’est important ?',
      upset: 'Je n’en sais rien ! Ce n’est pas le problème, là !',
    },
    {
      calm: 'Alors là, je ne saurais pas vous dire.',
      tense: 'Je ne sais plus… Il faut vraiment que je cherche ?',
      upset: 'Comment voulez-vous que je sache ça maintenant ?',
    },
  ],
  wait: [
    {
      calm: 'D’accord, je vous attends.',
      tense: 'Oui… je patiente.',
      upset: 'Allez-y, mais vite, s’il vous plaît.',
    },
    {
      calm: 'Oui, allez-y, je reste en ligne.',
      tense: 'D’accord… je reste en ligne.',
      upset: 'Bon… J’attends.',
    },
  ],
  holdCheck: [
    {
      calm: 'Allô ? Vous êtes toujours là ?',
      tense: 'Allô ? Allô ? Il y a quelqu’un ?',
      upset: 'Allô ?! Ça fait un moment que j’attends, là !',
    },
  ],
  offerAccepted: [
    {
      calm: '{créneau} ? Oui, ça me va très bien.',
      tense: '{créneau}… Bon, d’accord, ça ira.',
      upset: '{créneau} ? Bon… s’il n’y a rien d’autre, d’accord.',
    },
    {
      calm: '{créneau}, parfait. Vous me le notez ?',
      tense: '{créneau}, d’accord. Vous me le réservez, alors ?',
      upset: 'D’accord pour {créneau}. Notez-le, s’il vous plaît.',
    },
  ],
  whenBooked: [
    {
      calm: 'Pardon… Vous m’avez mis quand, du coup ?',
      tense: 'Attendez… Vous m’avez mis quand, du coup ?',
      upset: 'Et c’est quand, alors ? Vous ne m’avez rien dit !',
    },
    {
      calm: 'Excusez-moi, c’est pour quel jour, finalement ?',
      tense: 'Mais c’est pour quand, finalement ?',
      upset: 'C’est pour quand ? Dites-le-moi !',
    },
  ],
  holdReturn: [
    {
      calm: 'Oui, je suis là. Alors ?',
      tense: 'Oui, je suis toujours là… Alors ?',
      upset: 'Enfin ! Alors ?',
    },
    {
      calm: 'Je vous en prie. Alors, vous avez trouvé ?',
      tense: 'Oui, oui… Alors, vous avez trouvé quelque chose ?',
      upset: 'Bon. Alors, vous avez trouvé, oui ou non ?',
    },
  ],
  noSlot: [
    {
      calm: 'Ah… Et quand, alors ?',
      tense: 'Rien ? Mais alors, c’est quand ?',
      upset: 'Rien ?! Et je fais comment, moi ?',
    },
    {
      calm: 'D’accord… Et vous avez quoi, alors ?',
      tense: 'Bon… Et vous me proposez quoi, alors ?',
      upset: 'Et alors ? Vous me proposez quoi ?',
    },
  ],
  safetyNet: [
    {
      calm: 'D’accord, si ça ne va pas mieux, j’appellerai.',
      tense: 'D’accord… Et en attendant, je fais quoi ?',
      upset: 'Et en attendant, on fait quoi, nous ?',
    },
    {
      calm: 'Entendu, je note. Et pour maintenant ?',
      tense: 'Oui… mais pour maintenant ?',
      upset: 'Oui, oui ! Mais là, maintenant ?',
    },
  ],
  leave: [
    {
      calm: 'D’accord, je raccroche et j’appelle tout de suite. Merci !',
      tense: 'D’accord, d’accord… J’appelle tout de suite. Merci.',
      upset: 'Bon, j’appelle. Au revoir.',
    },
  ],
  offerChoice: [
    {
      calm: '{créneau}, plutôt, si c’est possible. Ça m’arrange mieux.',
      tense: 'Euh… {créneau}, plutôt. Ça ira.',
      upset: '{créneau}. Allez, notez ça.',
    },
  ],
  ack: [
    { calm: 'D’accord, c’est noté. Merci.', tense: 'D’accord… c’est noté.', upset: 'Oui, c’est noté.' },
    { calm: 'Très bien, merci.', tense: 'Bon, d’accord.', upset: 'Oui, oui.' },
  ],
} satisfies Record<string, LineVariants>;

/** Why a slot offered in words is questioned, with the caller's built-in line for each. */
export const OFFER_QUESTIONED = {
  taken: {
    calm: '{créneau} ? Il est vraiment libre, ce créneau ? Je ne voudrais pas me déplacer pour rien.',
    tense: '{créneau} ? Mais il est libre, ce créneau ? Vérifiez, s’il vous plaît.',
    upset: '{créneau} ? Vérifiez bien, je ne veux pas me déplacer pour rien !',
  },
  urgent: {
    calm: '{créneau} ? Ce n’est pas une place que vous gardez pour les urgences, ça ? Je ne voudrais pas la prendre à quelqu’un.',
    tense: '{créneau} ? Ce n’est pas une place pour les urgences ? Ça ne va pas vous poser de problème ?',
    upset: '{créneau} ? C’est une place d’urgence, ça, non ? Je ne veux pas d’ennuis !',
  },
  wrongType: {
    calm: '{créneau} ? C’est bien un rendez-vous pour ce que je demande ? Je ne voudrais pas me tromper.',
    tense: '{créneau} ? Vous êtes sûre que c’est le bon rendez-vous pour ça ?',
    upset: '{créneau} ? Mais ce n’est pas le bon rendez-vous, si ?',
  },
  none: {
    calm: '{créneau} ? Il y a vraiment de la place à ce moment-là ?',
    tense: '{créneau} ? Vous êtes sûre ? Il y a de la place ?',
    upset: '{créneau} ? Vérifiez, s’il vous plaît !',
  },
  past: {
    calm: '{créneau} ? Mais… c’est déjà passé, non ?',
    tense: '{créneau} ? Mais c’est déjà passé !',
    upset: '{créneau} ? C’est déjà passé, enfin !',
  },
} satisfies Record<string, LineVariants>;
