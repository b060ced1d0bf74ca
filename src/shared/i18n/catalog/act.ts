import { defineMessages } from '../define';

export const actMessages = defineMessages({}, {});
