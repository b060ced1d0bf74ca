/** Soft hyphens by the workshop's language for the canvas text fitting (see shared/board/textfit.ts). */
import de from 'hyphen/de';
import en from 'hyphen/en-gb';
import { cachedHyphenators } from '../../../shared/board/hyphenator';

export const hyphenatorFor = cachedHyphenators({ de, en });
