/** The workshop's metrics: pure functions of the document (see docs/method.md). */
export * from './consensus';
export * from './cube';
export * from './journey';
export * from './compare';
export * from './priority';
export * from './account';
export * from './promoters';
export * from './matrixField';
export * from './cubeOrder';
