/**
 * The cube as a picture, pure: layouts (net, isometric 3-D), palettes and symbols, and a
 * painter for any 2D canvas context. The renderer and the PNG/Excel export draw with it.
 */
export * from './shapes';
export * from './palette';
export * from './paint';
export * from './layoutText';
export * from './face';
export * from './orientation';
export * from './net';
export * from './iso';
export * from './legend';
export * from './format';
export * from './compare';
