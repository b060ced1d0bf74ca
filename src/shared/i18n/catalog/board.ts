import { defineMessages } from '../define';

export const boardMessages = defineMessages({}, {});
