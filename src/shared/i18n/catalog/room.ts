import { defineMessages } from '../define';

export const roomMessages = defineMessages({}, {});
