import { defineMessages } from '../define';

export const excelMessages = defineMessages({}, {});
