/** Temporary: the mapping moved to plan.ts while it is split (next commit). */
export * from './plan';
