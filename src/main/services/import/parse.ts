/** Temporary: the parser moved to xlsxPackage.ts while it is split (next commit). */
export * from './xlsxPackage';
