/**
 * What the undo and redo buttons will take back, in words: main sends the command names of
 * the top step (DocState.undoNames), the catalogue has one label per command (`command.<name>`).
 */
import { isMessageKey, type MessageKey } from '../../../shared/i18n/messages';

/** the catalogue key of a command's label, or null for a name the registry does not have */
export function commandLabelKey(name: string): MessageKey | null {
  const key = `command.${name}`;
  return isMessageKey(key) ? key : null;
}

/**
 * The labels of one step, at most two named (a drop of cards with a new phase stays short):
 * "Touchpoint löschen", "Abteilung anlegen, Touchpoints importieren".
 */
export function stepLabel(names: readonly string[], translate: (key: MessageKey) => string): string {
  const labels = [...new Set(names.map(commandLabelKey).filter((k): k is MessageKey => k !== null))].map(translate);
  return labels.length > 2 ? `${labels.slice(0, 2).join(', ')} …` : labels.join(', ');
}
