export { ImageView } from './image-view';
export { ImageNodeView } from './image-node-view';
export type { ImageViewOptions } from './image-node-view';
