import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../../shared/commands';
import { CATALOGUE, translate } from '../../../shared/i18n/messages';
import { commandLabelKey, stepLabel } from './commandLabel';

describe('command labels for undo and redo', () => {
  it('has a label in German and English for every command of the registry', () => {
    for (const name of COMMAND_NAMES) {
      const key = commandLabelKey(name);
      expect(key, name).not.toBeNull();
      expect(CATALOGUE.de[key!], name).toMatch(/\S/);
      expect(CATALOGUE.en[key!], name).toMatch(/\S/);
    }
  });

  it('names what the step takes back, as the button says it', () => {
    const de = (k: Parameters<typeof translate>[1]) => translate('de', k);
    expect(translate('de', 'common.undoWhat', { what: stepLabel(['touchpoint.remove'], de) })).toBe('Rückgängig: Touchpoint löschen');
    expect(stepLabel(['department.add', 'phase.add', 'touchpoint.import'], de)).toBe('Abteilung anlegen, Phase anlegen …');
    expect(stepLabel(['nope'], de)).toBe('');
  });
});
