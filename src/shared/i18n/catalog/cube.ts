import { defineMessages } from '../define';

export const cubeMessages = defineMessages({}, {});
