/** Importing a client's touchpoint list: parse in an isolated process, then plan with shared/import (headers.ts, plan.ts). */
export { parseInIsolation, parseTableFile, type IsolationDiagnostics, type IsolationOptions } from './isolated';
export { cellText } from './xlsxSheet';
export { DEFAULT_IMPORT_LIMITS, resolveLimits, type ImportLimits, type ParsedTable } from '../../../shared/import/limits';
