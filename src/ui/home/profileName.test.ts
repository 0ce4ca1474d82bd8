import { describe, expect, it } from 'vitest';
import { profileNameProblem } from './profileName.ts';
import { typo } from '../i18n/typography.ts';

describe('a new profile name', () => {
  const existing = [{ name: 'Julie' }, { name: 'Élodie' }];

  it('is accepted when new, trimmed', () => {
    expect(profileNameProblem('  Karim ', existing)).toBeNull();
  });

  it('is refused when empty or too long, in French', () => {
    expect(profileNameProblem('   ', existing)).toBe('Saisissez un nom pour créer le profil.');
    expect(profileNameProblem('x'.repeat(81), existing)).toBe('Le nom ne doit pas dépasser 80 caractères.');
    expect(profileNameProblem('x'.repeat(80), existing)).toBeNull();
  });

  it('is refused when another profile has it, whatever the case or accents', () => {
    expect(profileNameProblem('julie', existing)).toBe(
      typo('Un profil « Julie » existe déjà : choisissez-le dans la liste.'),
    );
    expect(profileNameProblem('ELODIE', existing)).toContain(typo('« Élodie »'));
  });
});
