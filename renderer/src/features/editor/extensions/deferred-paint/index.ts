export { DeferredPaint } from './deferred-paint';
export { CARET_BLOCK_CLASS } from './caret-block';
export { DEFERRED_PAINT_ATTR } from './paint-switch';
export { blockExtents, type BlockExtent } from './block-window';
