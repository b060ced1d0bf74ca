/** The board as data: filter, counts, geometry and the layout every board picture is drawn from. */
export * from './filter';
export * from './counts';
export * from './geometry';
export * from './layout';
export * from './cardText';
export { appendToPhase, betweenOrders, endOrder, renumbered } from './order';
